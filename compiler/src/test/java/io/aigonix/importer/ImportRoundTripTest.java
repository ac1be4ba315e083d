package io.aigonix.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.TestSupport;
import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.json.Json;
import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.OutputTree;
import io.aigonix.render.TreeWriter;
import io.aigonix.seal.SealedVerifyAccess;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.SourceLimits;
import io.aigonix.source.YamlReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7 end to end: a platform dump → import → validate → compile keeps every platform object's
 * name.
 */
class ImportRoundTripTest {
  @TempDir Path dir;

  private final PlatformDump dump = PlatformDump.build();

  private Path writeList() throws Exception {
    Path file = dir.resolve("dump.yaml");
    Files.write(file, dump.list());
    return file;
  }

  private Path writeFolder() throws Exception {
    Path folder = dir.resolve("dump-folder/nested");
    Files.createDirectories(folder);
    for (int i = 0; i < dump.objects.size(); i++) {
      ObjectNode o = dump.objects.get(i);
      Files.write(
          folder.resolve(String.format("%03d-%s.yaml", i, o.path("kind").asText().toLowerCase())),
          dump.one(o));
    }
    return dir.resolve("dump-folder");
  }

  @Test
  void aListAndAFolderOfTheSameObjectsGiveTheSameBytesAndPlaceholdersFailValidation()
      throws Exception {
    writeList();
    writeFolder();
    TestSupport.Run list = TestSupport.cli(dir, "import", "-f", "dump.yaml", "-o", "out-list");
    TestSupport.Run folder =
        TestSupport.cli(dir, "import", "-f", "dump-folder", "-o", "out-folder");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(folder.exitCode()).as(folder.err()).isZero();
    byte[] a = Files.readAllBytes(dir.resolve("out-list/aigonix.yaml"));
    assertThat(a).isEqualTo(Files.readAllBytes(dir.resolve("out-folder/aigonix.yaml")));
    String yaml = new String(a, StandardCharsets.UTF_8);
    assertThat(yaml)
        .contains("SEALED-VALUE-UNKNOWN")
        .contains("objectName: purchase-order-api\n")
        .doesNotContain("objectName: orders")
        .doesNotContain("Welcome")
        .doesNotContain("stale");
    assertThat(list.err())
        .contains(
            "aigonix seal -f aigonix.yaml --app 'Webshop' --env 'Prod' --microservice 'Orders'"
                + " --key DB_PASSWORD --write")
        .contains("--registry")
        .contains("env DEBUG_SQL is set directly on container head")
        .contains("CronJob")
        .contains("Welcome");
    assertThat(Files.readAllBytes(dir.resolve("out-list/config/webshop/orders/logo.bin")))
        .isEqualTo(PlatformDump.LOGO);
    assertThat(
            Files.readString(dir.resolve("out-list/config/webshop/orders/prod/appsettings.json")))
        .isEqualTo("{\n  \"Shop\": { \"Env\": \"Prod\" }\n}\n");
    Checked checked = new Compiler().check(dir.resolve("out-list/aigonix.yaml"), "aigonix.yaml");
    assertThat(checked.diagnostics())
        .extracting(Diagnostic::code)
        .contains(Code.MALFORMED_CIPHERTEXT);
    noPlaintext(
        List.of(list.out(), list.err(), folder.out(), folder.err()), dir.resolve("out-list"));
  }

  @Test
  void sealedImportValidatesCompilesKeepsEveryPlatformObjectAndDecryptsToTheDumpsValues()
      throws Exception {
    writeList();
    Path cert = SealedVerifyAccess.testCert();
    TestSupport.Run run =
        TestSupport.cli(
            dir,
            "import",
            "-f",
            "dump.yaml",
            "-o",
            "out",
            "--cert",
            cert.toString(),
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report =
        Json.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(report.path("toSeal")).isEmpty();
    assertThat(report.path("drift").toString()).contains("DEBUG_SQL");
    Checked checked = new Compiler().check(dir.resolve("out/aigonix.yaml"), "aigonix.yaml");
    assertThat(checked.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    OutputTree tree = new Compiler().compile(checked);
    Set<String> compiled = new TreeSet<>();
    YamlReader reader = new YamlReader(SourceLimits.DUMPS, YamlReader.Detail.TREE);
    tree.files()
        .forEach(
            (path, bytes) -> {
              if (!path.endsWith("kustomization.yaml") && path.endsWith(".yaml")) {
                ParsedSource s = reader.parse(Path.of(path), path, bytes).source().orElseThrow();
                compiled.add(id(s.root()));
              }
            });
    String noMongo = "application-" + PlatformDump.BILLING_ID + "/test-mongo";
    assertThat(report.path("notCarriedOver").toString()).contains("StatefulSet " + noMongo);
    for (ObjectNode o : dump.objects) {
      String at =
          o.path("metadata").path("namespace").asText()
              + "/"
              + o.path("metadata").path("name").asText();
      if (platformObject(o) && !at.equals(noMongo)) {
        String kind =
            o.path("kind").asText().equals("Secret") ? "SealedSecret" : o.path("kind").asText();
        assertThat(compiled)
            .as("compiled objects")
            .contains(
                kind
                    + " "
                    + o.path("metadata").path("namespace").asText()
                    + "/"
                    + o.path("metadata").path("name").asText());
      }
    }
    Path manifests = dir.resolve("manifests");
    new TreeWriter().write(tree, manifests);
    noPlaintext(List.of(run.out(), run.err()), dir.resolve("out"));
    SealedVerifyAccess.Result unsealed = SealedVerifyAccess.unseal(manifests);
    assertThat(unsealed.exit()).as(unsealed.err()).isZero();
    JsonNode values =
        Json.read(new ByteArrayInputStream(unsealed.out().getBytes(StandardCharsets.UTF_8)));
    String shop = "application-" + PlatformDump.SHOP_ID;
    for (int i = 0; i < PlatformDump.ENVS.size(); i++) {
      String name = PlatformDump.ENVS.get(i).toLowerCase() + "-orders-secret-env-variables";
      assertThat(values.path(shop + "/" + name).path("DB_PASSWORD").asText())
          .isEqualTo(PlatformDump.b64(PlatformDump.PLAINTEXTS.get(i)));
    }
    assertThat(values.path(shop + "/acr").path(".dockerconfigjson").asText())
        .isEqualTo(PlatformDump.b64(PlatformDump.PLAINTEXTS.get(4)));
  }

  /**
   * The objects aigonix generates: everything but RBAC, backups, Welcome and empty or unlabelled
   * Secrets.
   */
  private static boolean platformObject(ObjectNode o) {
    String kind = o.path("kind").asText();
    String name = o.path("metadata").path("name").asText();
    if (Set.of("Role", "RoleBinding", "ServiceAccount", "CronJob").contains(kind)
        || name.contains("welcome")
        || name.equals("storage-account-secret")) {
      return false;
    }
    return !kind.equals("Secret") || o.path("data").size() > 0;
  }

  private static String id(JsonNode o) {
    return o.path("kind").asText()
        + " "
        + o.path("metadata").path("namespace").asText()
        + "/"
        + o.path("metadata").path("name").asText();
  }

  static void noPlaintext(List<String> outputs, Path folder) throws Exception {
    List<String> texts = new ArrayList<>(outputs);
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        texts.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    for (String secret : PlatformDump.PLAINTEXTS) {
      String b64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
      for (String text : texts) {
        assertThat(text).doesNotContain(secret).doesNotContain(b64);
      }
    }
  }
}
