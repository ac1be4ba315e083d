package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warnings never block, unless {@code --strict}: then validate and compile exit 1 and compile
 * writes nothing.
 */
class StrictTest {
  private static final String LINT_SAMPLE = "samples/warning-unpinned-image/aigonix.yaml";

  @Test
  void validateFailsOnWarningsOnlyWithStrict() {
    assertThat(TestSupport.cli(TestSupport.root(), "validate", "-f", LINT_SAMPLE).exitCode())
        .isZero();
    TestSupport.Run strict =
        TestSupport.cli(TestSupport.root(), "validate", "--strict", "-f", LINT_SAMPLE);
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err())
        .contains("warning[AGX5001]")
        .contains("warnings fail with --strict (0 errors, 3 warnings)");
  }

  @Test
  void strictCountsTheSemanticWarningToo() {
    assertThat(
            TestSupport.cli(
                    TestSupport.root(),
                    "validate",
                    "--strict",
                    "--format",
                    "json",
                    "-f",
                    "samples/warning-secret-in-env/aigonix.yaml")
                .exitCode())
        .isEqualTo(1);
  }

  @Test
  void aCleanFilePassesStrict() {
    assertThat(
            TestSupport.cli(
                    TestSupport.root(),
                    "validate",
                    "--strict",
                    "-f",
                    "samples/webshop/aigonix.yaml")
                .exitCode())
        .isZero();
  }

  @Test
  void theInitStarterHasNoWarnings(@TempDir Path dir) {
    assertThat(TestSupport.cli(dir, "init").exitCode()).isZero();
    TestSupport.Run strict = TestSupport.cli(dir, "validate", "--strict");
    assertThat(strict.exitCode()).as(strict.err()).isZero();
    assertThat(strict.err()).contains("valid (0 errors, 0 warnings)");
  }

  @Test
  void compileWithStrictWritesNothingOnWarnings(@TempDir Path tmp) {
    Path out = tmp.resolve("out");
    TestSupport.Run strict =
        TestSupport.cli(
            TestSupport.root(), "compile", "--strict", "-f", LINT_SAMPLE, "-o", out.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err()).contains("warning[AGX5001]").contains("nothing written");
    assertThat(out).doesNotExist();
    TestSupport.Run lenient =
        TestSupport.cli(TestSupport.root(), "compile", "-f", LINT_SAMPLE, "-o", out.toString());
    assertThat(lenient.exitCode()).isZero();
    assertThat(Files.isDirectory(out)).isTrue();
  }
}
