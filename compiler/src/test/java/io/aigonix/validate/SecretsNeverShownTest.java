package io.aigonix.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plaintext written where a secret belongs never appears in any output format. */
class SecretsNeverShownTest {

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void plaintextInSecretEnvIsNotRepeated(String format) {
    TestSupport.Run run = TestSupport.cli(TestSupport.root(), "validate", "-f",
        "samples/invalid-ciphertext/aigonix.yaml", "--format", format);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out() + run.err()).contains("AGX2009").doesNotContain("hunter2").doesNotContain("AgBz");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void plainSecretLookingEnvValueIsNotRepeated(String format) {
    TestSupport.Run run = TestSupport.cli(TestSupport.root(), "validate", "-f",
        "samples/warning-secret-in-env/aigonix.yaml", "--format", format);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out() + run.err()).contains("AGX2016").doesNotContain("correct-horse");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void credentialsInConnectionStringsAndConfigFilesAreNotRepeated(String format) {
    TestSupport.Run run = TestSupport.cli(TestSupport.root(), "validate", "-f",
        "samples/warning-credentials-in-config/aigonix.yaml", "--format", format);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out() + run.err()).contains("AGX5004").doesNotContain("Sup3rS3cretPw").doesNotContain("Tr0ub4dor")
        .doesNotContain("Hunter2FromJson").doesNotContain("XmlSecret42").doesNotContain("correct-horse-battery");
  }
}
