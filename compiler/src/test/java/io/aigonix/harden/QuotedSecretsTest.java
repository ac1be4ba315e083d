package io.aigonix.harden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 items 1 and 2: a quoted source line shows no value unless it is known safe, wherever the
 * secret was typed; odd shapes of applications/microservices are diagnosed, not crashed on.
 */
class QuotedSecretsTest {
  private static final String SECRET = "S3cr3tMarker";
  private static final String HEAD =
      """
      apiVersion: aigonix/v1
      customer:
        name: Acme Corp
      applications:
        - name: Shop
          id: 0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20
          environments:
            - name: Dev
          microservices:
            - name: Orders
              head:
                image: acme/orders:1.0.0
      """;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void anchorOnAnUnknownKeyIsHidden(String format) throws IOException {
    Run run = validate("x-secrets: &s " + SECRET + "\n" + HEAD, format);
    assertThat(run.all()).contains("x-secrets").doesNotContain(SECRET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void flowStyleTypoOfSecretEnvIsHidden(String format) throws IOException {
    Run run =
        validate(HEAD + "        secretEnvs: { DB_PASSWORD: { Dev: " + SECRET + " } }\n", format);
    assertThat(run.all()).contains("secretEnvs").doesNotContain(SECRET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void duplicatedPasswordLineIsHidden(String format) throws IOException {
    Run run =
        validate(
            HEAD
                + "        env:\n          X_PASSWORD: one"
                + SECRET
                + "\n          X_PASSWORD: two"
                + SECRET
                + "\n",
            format);
    assertThat(run.all()).contains("AGX0002").doesNotContain(SECRET);
  }

  /** Found by FuzzTest: the AGX0006 message of a tagged value quoted the value. */
  @ParameterizedTest
  @ValueSource(strings = {"!!int x", "!!float", "!!bool", "!!null"})
  void aValueItsTagDoesNotFitIsNotQuoted(String tag) throws IOException {
    Run run = validate(HEAD + "        env: { LEVEL: " + tag + " " + SECRET + " }\n", "text");
    assertThat(run.err()).contains("AGX0006").doesNotContain(SECRET);
  }

  /** Found by FuzzTest: the AGX0001 message of an unknown alias repeated the alias's name. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void theNameOfAnUnknownAliasIsNotRepeated(String format) throws IOException {
    Run run = validate(HEAD + "        env: { A: *--password=" + SECRET + " }\n", format);
    assertThat(run.all()).contains("AGX0001").contains("unknown alias").doesNotContain(SECRET);
  }

  /**
   * Found by FuzzTest: a value copied to a place whose values are shown (apiVersion) by a merge key
   * or an alias was written elsewhere, and was repeated in the schema's message about it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void aValueCopiedToAShownPlaceIsNotRepeated(String format) throws IOException {
    for (String yaml :
        new String[] {
          "<<:\n  - apiVersion: " + SECRET + "\n",
          "x-password: &pw " + SECRET + "\napiVersion: *pw\n"
        }) {
      Run run = validate(yaml, format);
      assertThat(run.all()).contains("AGX1004").doesNotContain(SECRET);
    }
    // written there, the value is shown as before: apiVersion holds no secret
    assertThat(validate("apiVersion: v0-" + SECRET + "\n", format).all())
        .contains("'v0-" + SECRET + "'");
  }

  @Test
  void commentsAndValuesOfUnknownPlacesAreHiddenButKeysAndSafeValuesStay() throws IOException {
    Run run =
        validate(HEAD + "        env: { A: " + SECRET + ", 9B: x } # pw " + SECRET + "\n", "text");
    assertThat(run.err())
        .doesNotContain(SECRET)
        .contains(
            "   13 |         env: { A: <redacted>, 9B: <redacted> } # <redacted>\n"
                + "      |                               ^\n");
  }

  @Test
  void multiLineValuesAreHiddenOnEveryLine() throws IOException {
    Run run =
        validate(
            HEAD
                + "        env:\n          KEY: |\n            "
                + SECRET
                + "\n          9B: \"a\n"
                + "            "
                + SECRET
                + "\"\n",
            "text");
    assertThat(run.err()).contains("AGX2015").contains("9B: <redacted>").doesNotContain(SECRET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void applicationsAsAMappingIsDiagnosed(String format) throws IOException {
    Run run =
        validate(
            "apiVersion: aigonix/v1\ncustomer: { name: Acme }\napplications:\n  Shop: { name: "
                + SECRET
                + " }\n",
            format);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.all()).doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void microservicesAsAMappingIsDiagnosed(String format) throws IOException {
    String yaml =
        HEAD.substring(0, HEAD.indexOf("      - name: Orders"))
            + "      Orders: { env: { DB_PASSWORD: "
            + SECRET
            + " } }\n";
    Run run = validate(yaml, format);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.all()).doesNotContain("Exception").doesNotContain(SECRET);
  }

  private Run validate(String yaml, String format) throws IOException {
    Path file = dir.resolve("aigonix.yaml");
    Files.writeString(file, yaml);
    TestSupport.Run run = TestSupport.cli(dir, "validate", "--format", format);
    assertThat(run.exitCode()).as(run.out() + run.err()).isIn(0, 1);
    return new Run(run.exitCode(), run.out(), run.err());
  }

  record Run(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }
  }
}
