package io.aigonix.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.aigonix.TestSupport;
import io.aigonix.diag.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code samples/invalid-<what>/} and {@code samples/warning-<what>/} → the exact text output of
 * {@code aigonix validate}, in {@code golden-tests/<name>/diagnostics.txt}. Regenerate with {@code
 * -Daigonix.updateGolden=true} and review the diff.
 */
class DiagnosticsGoldenTest {

  static boolean isDiagnosticSample(String name) {
    return name.startsWith("invalid-") || name.startsWith("warning-");
  }

  @TestFactory
  Stream<DynamicTest> everyDiagnosticSampleMatchesItsGolden() throws IOException {
    return TestSupport.folders(TestSupport.samples()).stream()
        .filter(DiagnosticsGoldenTest::isDiagnosticSample)
        .map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
  }

  private static void check(String name) throws IOException {
    TestSupport.Run run =
        TestSupport.cli(TestSupport.root(), "validate", "-f", "samples/" + name + "/aigonix.yaml");
    Path golden = TestSupport.golden().resolve(name).resolve("diagnostics.txt");
    if (TestSupport.updateGolden()) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, run.err(), StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file for " + name).exists();
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8), run.err(), "diagnostics of " + name);
    assertThat(run.exitCode())
        .as("exit code of " + name)
        .isEqualTo(name.startsWith("invalid-") ? 1 : 0);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void everyGoldenFolderHasASample() throws IOException {
    List<String> unpaired = new ArrayList<>();
    for (String name : TestSupport.folders(TestSupport.golden())) {
      if (isDiagnosticSample(name) && !Files.isDirectory(TestSupport.samples().resolve(name))) {
        unpaired.add(name);
      }
    }
    assertThat(unpaired).as("golden-tests folders without a sample").isEmpty();
  }

  @Test
  void everyCodeHasASampleThatTriggersIt() throws IOException {
    for (Code code : Code.values()) {
      Path golden = TestSupport.golden().resolve(code.sample()).resolve("diagnostics.txt");
      if (!Files.exists(golden)) {
        fail(code.id() + " has no sample: expected samples/" + code.sample() + "/ and " + golden);
      }
      assertThat(Files.readString(golden))
          .as("samples/" + code.sample() + " triggers " + code.id())
          .contains("[" + code.id() + "]");
    }
  }

  @Test
  void everyCodeHasAReadmeRow() throws IOException {
    String readme = Files.readString(TestSupport.root().resolve("README.md"));
    for (Code code : Code.values()) {
      assertThat(readme)
          .as("README row for " + code.id())
          .containsPattern("\\n\\| `?" + code.id() + "`? \\|");
    }
  }
}
