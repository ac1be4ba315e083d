package io.aigonix.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigonix.source.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte-level checks of --write: the result is compared with the whole expected text. */
class SecretWriterTest {
  static final String V = "AgNEW+value/==";
  final SecretWriter writer = new SecretWriter(new YamlReader());

  static final String FILE =
      """
      # top comment
      apiVersion: aigonix/v1

      applications:
        - name: Webshop   # the shop
          registry:
            server: "acme.azurecr.io"
            sealedDockerConfigJson: 'AgOLD'
          microservices:
            - name: Orders
              secretEnv:
                # per environment
                DB_PASSWORD:
                  Dev: AgA1   # dev value
                  Prod: "AgB7"

                API_KEY: { Dev: AgC1 }
              env: { A: "1" }   # flow env

            - name: Catalog
              head:
                image: x:1
              # trailing comment of Catalog

            - { name: Flowy, secretEnv: { T: { Dev: AgF } } }
      gitops: {}
      """;

  String edit(String text, String... path) throws Exception {
    return writer.edit(text, "aigonix.yaml", List.of(path), V, "test value");
  }

  @Test
  void replacesAnExistingPlainValueKeepingTheComment() throws Exception {
    String out =
        edit(FILE, "applications", "0", "microservices", "0", "secretEnv", "DB_PASSWORD", "Dev");
    assertThat(out)
        .isEqualTo(FILE.replace("Dev: AgA1   # dev value", "Dev: " + V + "   # dev value"));
  }

  @Test
  void replacesAQuotedValueKeepingItsQuotes() throws Exception {
    String out =
        edit(FILE, "applications", "0", "microservices", "0", "secretEnv", "DB_PASSWORD", "Prod");
    assertThat(out).isEqualTo(FILE.replace("Prod: \"AgB7\"", "Prod: \"" + V + "\""));
    String reg = edit(FILE, "applications", "0", "registry", "sealedDockerConfigJson");
    assertThat(reg).isEqualTo(FILE.replace("'AgOLD'", "'" + V + "'"));
  }

  @Test
  void insertsANewEnvironmentIntoABlockMapping() throws Exception {
    String out =
        edit(FILE, "applications", "0", "microservices", "0", "secretEnv", "DB_PASSWORD", "Test");
    assertThat(out)
        .isEqualTo(
            FILE.replace("Prod: \"AgB7\"\n", "Prod: \"AgB7\"\n            Test: " + V + "\n"));
  }

  @Test
  void insertsIntoAFlowMapping() throws Exception {
    String out =
        edit(FILE, "applications", "0", "microservices", "0", "secretEnv", "API_KEY", "Prod");
    assertThat(out).isEqualTo(FILE.replace("{ Dev: AgC1 }", "{ Dev: AgC1, Prod: " + V + " }"));
    String replaced =
        edit(FILE, "applications", "0", "microservices", "0", "secretEnv", "API_KEY", "Dev");
    assertThat(replaced).isEqualTo(FILE.replace("{ Dev: AgC1 }", "{ Dev: " + V + " }"));
    String nested =
        edit(FILE, "applications", "0", "microservices", "2", "secretEnv", "NEW", "Dev");
    assertThat(nested)
        .isEqualTo(
            FILE.replace("{ T: { Dev: AgF } }", "{ T: { Dev: AgF }, NEW: { Dev: " + V + " } }"));
  }

  @Test
  void insertsANewKeyAfterTheLastOneAndItsBlankLine() throws Exception {
    String out =
        edit(FILE, "applications", "0", "microservices", "0", "secretEnv", "NEW_KEY", "Dev");
    assertThat(out)
        .isEqualTo(
            FILE.replace(
                "API_KEY: { Dev: AgC1 }\n",
                "API_KEY: { Dev: AgC1 }\n          NEW_KEY:\n            Dev: " + V + "\n"));
  }

  @Test
  void createsSecretEnvForAMicroserviceWithoutOne() throws Exception {
    String out =
        edit(FILE, "applications", "0", "microservices", "1", "secretEnv", "DB_PASSWORD", "Dev");
    assertThat(out)
        .isEqualTo(
            FILE.replace(
                "image: x:1\n",
                "image: x:1\n        secretEnv:\n          DB_PASSWORD:\n            Dev: "
                    + V
                    + "\n"));
  }

  @Test
  void fillsAnEmptyValueAndAnEmptyMapping() throws Exception {
    String text = "a:\n  secretEnv:\n  other: 1\n  K:\n    Dev:\n";
    assertThat(writer.edit(text, "f", List.of("a", "secretEnv", "K", "Dev"), V, "t"))
        .isEqualTo("a:\n  secretEnv:\n    K:\n      Dev: " + V + "\n  other: 1\n  K:\n    Dev:\n");
    assertThat(writer.edit(text, "f", List.of("a", "K", "Dev"), V, "t"))
        .isEqualTo("a:\n  secretEnv:\n  other: 1\n  K:\n    Dev: " + V + "\n");
    assertThat(writer.edit("m: {}\n", "f", List.of("m", "K", "Dev"), V, "t"))
        .isEqualTo("m: { K: { Dev: " + V + " } }\n");
  }

  @Test
  void keepsCrlfAndAMissingFinalNewline() throws Exception {
    String text = "m:\r\n  K:\r\n    Dev: AgA";
    assertThat(writer.edit(text, "f", List.of("m", "K", "Prod"), V, "t"))
        .isEqualTo("m:\r\n  K:\r\n    Dev: AgA\r\n    Prod: " + V);
    assertThat(writer.edit(text, "f", List.of("m", "L", "Prod"), V, "t"))
        .isEqualTo("m:\r\n  K:\r\n    Dev: AgA\r\n  L:\r\n    Prod: " + V);
  }

  @Test
  void editsAtTheRightPlaceAfterCharactersBeyondTheBmp() throws Exception {
    // each U+1F512 is one code point for SnakeYAML and two chars in the text
    String text =
        "# \uD83D\uDD12\uD83D\uDD12 sealed\nm:\n  note: \"\uD83D\uDD12\"\n  K: { Dev: AgA }\n";
    assertThat(writer.edit(text, "f", List.of("m", "K", "Dev"), V, "t"))
        .isEqualTo(text.replace("Dev: AgA", "Dev: " + V));
    assertThat(writer.edit(text, "f", List.of("m", "K", "Prod"), V, "t"))
        .isEqualTo(text.replace("Dev: AgA }", "Dev: AgA, Prod: " + V + " }"));
    assertThat(writer.edit(text, "f", List.of("m", "L", "Dev"), V, "t"))
        .isEqualTo(text + "  L:\n    Dev: " + V + "\n");
  }

  @Test
  void insertsAfterABlockScalar() throws Exception {
    String text = "m:\n  c: |\n    line\n\n  K:\n    Dev: AgA\n  z: |\n    last\n";
    assertThat(writer.edit(text, "f", List.of("m", "S", "Dev"), V, "t"))
        .isEqualTo(text + "  S:\n    Dev: " + V + "\n");
  }

  @Test
  void refusesBlockScalarsAndNonMappings() {
    assertThatThrownBy(
            () ->
                writer.edit(
                    "m:\n  K:\n    Dev: |\n      AgA\n", "f", List.of("m", "K", "Dev"), V, "t"))
        .isInstanceOf(SealingException.class)
        .hasMessageContaining("block scalar");
    assertThatThrownBy(() -> writer.edit("m:\n  K: [a]\n", "f", List.of("m", "K", "Dev"), V, "t"))
        .isInstanceOf(SealingException.class)
        .hasMessageContaining("not a mapping");
  }

  @Test
  void writesAtomicallyKeepingPermissions(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("aigonix.yaml");
    Files.writeString(file, FILE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    writer.write(
        file,
        "aigonix.yaml",
        List.of("applications", "0", "microservices", "0", "secretEnv", "DB_PASSWORD", "Dev"),
        V,
        "t");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("Dev: " + V + "   # dev value");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
