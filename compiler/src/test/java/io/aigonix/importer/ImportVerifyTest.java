package io.aigonix.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.TestSupport;
import io.aigonix.json.Json;
import io.aigonix.render.YamlWriter;
import io.aigonix.seal.SealedVerifyAccess;
import io.aigonix.source.SourceLimits;
import io.aigonix.source.YamlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7 {@code --verify} on {@code docs/import/dump.yaml} (built from the platform's shapes by
 * bench/platform-dump.py): the clean dump verifies with only intended differences, a hand-edited
 * Deployment fails naming what was edited, and no secret value of the dump is ever printed.
 */
class ImportVerifyTest {
  private static final Path DUMP = TestSupport.root().resolve("docs/import/dump.yaml");

  @TempDir Path dir;

  @Test
  void theCleanDumpVerifiesAndListsOnlyIntendedDifferences() throws Exception {
    TestSupport.Run run =
        TestSupport.cli(
            dir, "import", "-f", DUMP.toString(), "-o", "out", "--verify", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode verification = json(run.out()).path("verification");
    assertThat(verification.path("ok").asBoolean()).isTrue();
    assertThat(verification.path("compileErrors")).isEmpty();
    List<String> reasons = new ArrayList<>();
    for (JsonNode f : verification.path("differences")) {
      assertThat(f.path("intended").asBoolean()).as(f.toString()).isTrue();
      reasons.add(f.path("reason").asText());
    }
    assertThat(reasons)
        .contains(
            Intended.CHECKSUM,
            Intended.SECURITY,
            Intended.PDB,
            Intended.CLIENTS,
            Intended.METRICS,
            Intended.COMPATIBILITY,
            Intended.CONSENTS,
            Intended.TARGET_PORT,
            Intended.DRIFT);
    assertThat(verification.path("notProduced")).isNotEmpty();
    verification
        .path("notProduced")
        .forEach(f -> assertThat(f.path("intended").asBoolean()).as(f.toString()).isTrue());
    assertThat(verification.toString())
        .contains("microservice Catalog, environment Dev")
        .contains("Deployment application-0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20/dev-welcome");
    noSecretValue(List.of(run.out(), run.err()), dir.resolve("out"));
  }

  @Test
  void theDumpAsAFolderOfOneFilePerObjectGivesTheSameFilesByteForByte() throws Exception {
    Path folder = dir.resolve("objects");
    Files.createDirectories(folder.resolve("nested"));
    int i = 0;
    for (JsonNode item : read(Files.readAllBytes(DUMP)).path("items")) {
      Path file = folder.resolve((i % 2 == 0 ? "nested/" : "") + String.format("%04d.yaml", i++));
      Files.write(file, new YamlWriter().write(item));
    }
    assertThat(TestSupport.cli(dir, "import", "-f", DUMP.toString(), "-o", "a").exitCode())
        .isZero();
    assertThat(TestSupport.cli(dir, "import", "-f", "objects", "-o", "b").exitCode()).isZero();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir.resolve("a"))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(3);
    for (Path a : files) {
      Path b = dir.resolve("b").resolve(dir.resolve("a").relativize(a));
      assertThat(Files.readAllBytes(b)).as(a.toString()).isEqualTo(Files.readAllBytes(a));
    }
  }

  @Test
  void withACertificateTheSealedImportVerifiesToo() throws Exception {
    Path cert = SealedVerifyAccess.testCert();
    TestSupport.Run run =
        TestSupport.cli(
            dir,
            "import",
            "-f",
            DUMP.toString(),
            "-o",
            "out",
            "--cert",
            cert.toString(),
            "--verify");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("verify: ok").doesNotContain("SEALED-VALUE-UNKNOWN");
    noSecretValue(List.of(run.out(), run.err()), dir.resolve("out"));
  }

  @Test
  void aHandEditedDeploymentFailsNamingWhatAigonixYamlCannotSay() throws Exception {
    JsonNode list = read(Files.readAllBytes(DUMP));
    for (JsonNode item : list.path("items")) {
      if (item.path("kind").asText().equals("Deployment")
          && item.at("/metadata/name").asText().equals("dev-orders")) {
        ((ObjectNode) item.at("/spec/selector/matchLabels")).put("team", "checkout");
        ((ObjectNode) item.at("/spec/template/metadata/labels")).put("team", "checkout");
        for (JsonNode c : item.at("/spec/template/spec/containers")) {
          if (c.path("name").asText().equals("runtime")) {
            ((ObjectNode) c).putArray("args").add("--verbose");
          }
        }
      }
    }
    Files.write(dir.resolve("edited.yaml"), new YamlWriter().write(list));
    TestSupport.Run run =
        TestSupport.cli(dir, "import", "-f", "edited.yaml", "-o", "out", "--verify");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    String prefix = "  microservice Orders, environment Dev: ";
    String deployment =
        " (Deployment application-0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20/dev-orders)\n";
    assertThat(run.err())
        .contains(
            prefix + "label selector (not expressible in aigonix.yaml) is dropped" + deployment)
        .contains(prefix + "runtime args (not expressible in aigonix.yaml) is dropped" + deployment)
        .contains(prefix + "pod label team is dropped" + deployment)
        .contains("verify: failed, 3 differences outside the intended list");
    assertThat(dir.resolve("out/aigonix.yaml")).exists();
    TestSupport.Run json =
        TestSupport.cli(
            dir,
            "import",
            "-f",
            "edited.yaml",
            "-o",
            "out",
            "--force",
            "--verify",
            "--format",
            "json");
    assertThat(json.exitCode()).isEqualTo(1);
    assertThat(json(json.out()).at("/verification/ok").asBoolean()).isFalse();
    noSecretValue(List.of(run.out(), run.err(), json.out(), json.err()), dir.resolve("out"));
  }

  @Test
  void anImportThatDoesNotCompileFailsTheVerificationWithItsDiagnostics() throws Exception {
    String dump =
        Files.readString(DUMP)
            .replace("\"microserviceName\": \"Catalog\"", "\"microserviceName\": \"Catalog!\"");
    Files.writeString(dir.resolve("bad-name.yaml"), dump);
    TestSupport.Run run =
        TestSupport.cli(dir, "import", "-f", "bad-name.yaml", "-o", "out", "--verify");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("error[AGX2002]: microservice name 'Catalog!'")
        .contains("the imported aigonix.yaml does not compile: ")
        .contains("verify: failed");
    noSecretValue(List.of(run.out(), run.err()), dir.resolve("out"));
  }

  /**
   * Every value of the dump's Secrets, as written (base64) and decoded, and the stale plaintexts of
   * their last-applied annotations: none may appear in anything import prints or writes.
   */
  private static void noSecretValue(List<String> outputs, Path folder) throws Exception {
    List<String> secrets = new ArrayList<>();
    for (JsonNode item : read(Files.readAllBytes(DUMP)).path("items")) {
      if (!item.path("kind").asText().equals("Secret")) {
        continue;
      }
      item.path("data")
          .forEach(
              v -> {
                secrets.add(v.asText());
                secrets.add(
                    new String(Base64.getDecoder().decode(v.asText()), StandardCharsets.UTF_8));
              });
      String applied =
          item.at("/metadata/annotations/kubectl.kubernetes.io~1last-applied-configuration")
              .asText();
      if (!applied.isEmpty()) {
        json(applied).path("stringData").forEach(v -> secrets.add(v.asText()));
      }
    }
    assertThat(secrets).hasSizeGreaterThan(20);
    List<String> texts = new ArrayList<>(outputs);
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        texts.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    for (String secret : secrets) {
      for (String text : texts) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }

  private static JsonNode read(byte[] yaml) {
    return new YamlReader(SourceLimits.DUMPS, YamlReader.Detail.TREE)
        .parse(Path.of("dump.yaml"), "dump.yaml", yaml)
        .source()
        .orElseThrow()
        .root();
  }

  private static JsonNode json(String text) throws Exception {
    return Json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
