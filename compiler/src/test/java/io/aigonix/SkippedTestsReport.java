package io.aigonix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Lists at the end of a run which tests {@link Needs} skipped and why: surefire's console shows
 * only a count of skipped tests, and a plain clone should say what it did not check. Registered
 * through META-INF/services.
 */
public final class SkippedTestsReport implements TestExecutionListener {
  private final Map<String, List<String>> testsByReason = new TreeMap<>();

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
      return;
    }
    String reason = result.getThrowable().map(Throwable::getMessage).orElse("");
    if (reason.startsWith("skipped: ")) {
      testsByReason
          .computeIfAbsent(reason.substring("skipped: ".length()), r -> new ArrayList<>())
          .add(name(test));
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (testsByReason.isEmpty()) {
      return;
    }
    int count = testsByReason.values().stream().mapToInt(List::size).sum();
    StringBuilder out =
        new StringBuilder(
            "[aigonix] " + count + " tests skipped here (with CI=true they fail instead):\n");
    testsByReason.forEach(
        (reason, tests) ->
            out.append("[aigonix]   ")
                .append(reason)
                .append(":\n[aigonix]     ")
                .append(String.join(", ", tests.stream().sorted().toList()))
                .append('\n'));
    System.out.print(out);
    System.out.flush();
    testsByReason.clear();
  }

  private static String name(TestIdentifier test) {
    TestSource source = test.getSource().orElse(null);
    if (source instanceof MethodSource m) {
      return simple(m.getClassName()) + "." + m.getMethodName();
    }
    if (source instanceof ClassSource c) {
      return simple(c.getClassName());
    }
    return test.getDisplayName();
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
