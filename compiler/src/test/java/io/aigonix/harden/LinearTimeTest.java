package io.aigonix.harden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 6: validation time grows with the input, not faster. Measured in CPU time of this
 * thread (the machine may be busy), comparing input sizes: 4x the errors may cost about 4x, not
 * 16x.
 */
class LinearTimeTest {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  @TempDir Path dir;

  @Test
  void manyUnknownKeysCostLinearTime() throws IOException {
    validate(unknownKeys(2_000)); // warm up the JIT
    long small = validate(unknownKeys(5_000));
    long large = validate(unknownKeys(20_000));
    assertThat((double) large / Math.max(small, 1))
        .as("cpu ns: 5k=%d, 20k=%d", small, large)
        .isLessThan(8);
    assertThat(large).as("cpu ns for 20,000 unknown keys").isLessThan(10_000_000_000L);
  }

  @Test
  void manyErrorsOnOneLineCostLinearTime() throws IOException {
    validate(oneLine(2_000));
    long small = validate(oneLine(5_000));
    long large = validate(oneLine(20_000));
    assertThat((double) large / Math.max(small, 1))
        .as("cpu ns: 5k=%d, 20k=%d", small, large)
        .isLessThan(8);
    // each quote shows a window around its caret, not the whole line up to it
    TestSupport.Run run = TestSupport.cli(dir, "validate");
    assertThat(run.err().lines().filter(l -> l.length() > 200)).isEmpty();
    assertThat(run.err())
        .contains("unknown property 'k19999'")
        .contains("      | " + " ".repeat(61) + "^\n");
  }

  @Test
  void aHugeLineIsRefusedQuickly() throws IOException {
    long cpu =
        validate(base() + "        env:\n          BIG: " + "x".repeat(7 * 1024 * 1024) + "\n");
    assertThat(cpu).as("cpu ns for one 7 MiB value").isLessThan(3_000_000_000L);
    TestSupport.Run run = TestSupport.cli(dir, "validate");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("AGX0003")
        .contains("aigonix.yaml:15:1: error[AGX0003]: line 15 is longer than 1048576 characters");
  }

  private String unknownKeys(int n) throws IOException {
    StringBuilder text = new StringBuilder(base());
    for (int i = 0; i < n; i++) {
      text.append("unknownKey").append(i).append(": value").append(i).append('\n');
    }
    return text.toString();
  }

  /** n unknown keys in one flow mapping: every diagnostic quotes the same long line. */
  private String oneLine(int n) throws IOException {
    StringBuilder flow = new StringBuilder("customer: { name: Tiny");
    for (int i = 0; i < n; i++) {
      flow.append(", k").append(i).append(": v");
    }
    String text = base().replace("customer:\n  name: Tiny\n", flow.append(" }\n"));
    assertThat(text).contains("k1: v");
    return text;
  }

  private static String base() throws IOException {
    return Files.readString(TestSupport.samples().resolve("minimal/aigonix.yaml"));
  }

  private long validate(String text) throws IOException {
    Files.writeString(dir.resolve("aigonix.yaml"), text);
    long start = CPU.getCurrentThreadCpuTime();
    TestSupport.Run run = TestSupport.cli(dir, "validate");
    long used = CPU.getCurrentThreadCpuTime() - start;
    assertThat(run.exitCode()).as(run.err().lines().limit(5).toList().toString()).isIn(0, 1);
    return used;
  }
}
