package io.aigonix.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plaintext written where a secret belongs never appears in any output format. */
class SecretsNeverShownTest {

  /** Everything validate prints for the sample in the format, after checking the exit code. */
  private static String output(String sample, String format, int exitCode) {
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(),
            "validate",
            "-f",
            "samples/" + sample + "/aigonix.yaml",
            "--format",
            format);
    assertThat(run.exitCode()).isEqualTo(exitCode);
    return run.out() + run.err();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void plaintextInSecretEnvIsNotRepeated(String format) {
    assertThat(output("invalid-ciphertext", format, 1))
        .contains("AGX2009")
        .doesNotContain("hunter2")
        .doesNotContain("AgBz");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void plainSecretLookingEnvValueIsNotRepeated(String format) {
    assertThat(output("warning-secret-in-env", format, 0))
        .contains("AGX2016")
        .doesNotContain("correct-horse");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void credentialsInConnectionStringsAndConfigFilesAreNotRepeated(String format) {
    assertThat(output("warning-credentials-in-config", format, 0))
        .contains("AGX5004")
        .doesNotContain("Sup3rS3cretPw")
        .doesNotContain("Tr0ub4dor")
        .doesNotContain("Hunter2FromJson")
        .doesNotContain("XmlSecret42")
        .doesNotContain("correct-horse-battery");
  }
}
