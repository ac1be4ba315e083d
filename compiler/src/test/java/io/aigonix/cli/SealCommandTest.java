package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigonix.TestSupport;
import io.aigonix.seal.SealedVerifyAccess;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `aigonix seal` end to end on a copy of the webshop sample; sealed values are opened by the Node
 * verifier.
 */
class SealCommandTest {
  static final String WEBSHOP_NS = "application-0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20";
  static final String CANARY = "PLAINTEXT-CANARY-7f3a";

  @TempDir Path dir;
  Path yaml;
  String original;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void copySample() throws Exception {
    Path sample = TestSupport.samples().resolve("webshop");
    yaml = dir.resolve("aigonix.yaml");
    Files.copy(sample.resolve("aigonix.yaml"), yaml);
    try (Stream<Path> files = Files.walk(sample)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = dir.resolve(sample.relativize(f).toString());
        Files.createDirectories(to.getParent());
        if (!Files.exists(to)) {
          Files.copy(f, to);
        }
      }
    }
    original = Files.readString(yaml);
  }

  Run seal(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Invocation io =
        new Invocation(
            dir,
            new ByteArrayInputStream(stdin),
            Map.of(),
            new PrintWriter(out),
            new PrintWriter(err),
            Instant.parse("2030-01-01T00:00:00Z"));
    // through the real command line, as `aigonix seal -f aigonix.yaml ...` run in the sample's
    // folder
    String[] all =
        Stream.concat(Stream.of("seal", "-f", "aigonix.yaml"), Stream.of(args))
            .toArray(String[]::new);
    int exit = Main.run(io, all);
    return new Run(exit, out.toString(), err.toString());
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Wraps values in a SealedSecret and returns what the Node verifier decrypts (base64 values). */
  JsonNode unseal(String namespace, String name, String key, String ciphertext) throws Exception {
    Path file = dir.resolve("check-" + name + ".yaml");
    Files.writeString(
        file,
        "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: "
            + name
            + "\n  namespace: "
            + namespace
            + "\nspec:\n  encryptedData:\n    "
            + key
            + ": "
            + ciphertext
            + "\n");
    var r = SealedVerifyAccess.unseal(file);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out()).get(namespace + "/" + name);
  }

  @Test
  void printsACiphertextTheControllerFormatOpens() throws Exception {
    String value = "pässwörd with trailing newline\n";
    Run r =
        seal(
            bytes(value),
            "--app",
            "Webshop",
            "--env",
            "Prod",
            "--microservice",
            "Orders",
            "--key",
            "DB_PASSWORD");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).matches("Ag[A-Za-z0-9+/=]+\n");
    JsonNode secret =
        unseal(WEBSHOP_NS, "prod-orders-secret-env-variables", "DB_PASSWORD", r.out().strip());
    assertThat(Base64.getDecoder().decode(secret.get("DB_PASSWORD").asText()))
        .isEqualTo(bytes(value));
    assertThat(Files.readString(yaml)).isEqualTo(original);
  }

  @Test
  void namesMatchCaseInsensitivelyAndUseDerivedIds() throws Exception {
    // Catalog has no id; the application's id is given. Strip it to check the derived one.
    Files.writeString(
        yaml,
        original
            .replace("    id: 0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20     #", "    #")
            .replace("  id: 6d3b7f2e-4a3c-4a53-9c41-0f2f5e4b8a11       #", "  #"));
    Run r =
        seal(
            bytes("x"),
            "--app",
            "webshop",
            "--env",
            "dev",
            "--microservice",
            "scanner gateway",
            "--key",
            "K");
    assertThat(r.exit()).as(r.err()).isZero();
    // uuid5(2b3e6a8c-…, "application/" + uuid5(…, "customer/acme-corp") + "/webshop"), computed
    // with Python
    JsonNode secret =
        unseal(
            "application-c9f7e689-ee80-55a8-93e0-8c3dfb247ed4",
            "dev-scanner-gateway-secret-env-variables",
            "K",
            r.out().strip());
    assertThat(
            new String(
                Base64.getDecoder().decode(secret.get("K").asText()), StandardCharsets.UTF_8))
        .isEqualTo("x");
  }

  @Test
  void writeCreatesSecretEnvForAMicroserviceWithoutOne() throws Exception {
    Run r =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Catalog",
            "--key",
            "API_TOKEN",
            "--write");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("wrote secretEnv.API_TOKEN.Dev of microservice Catalog");
    String edited = Files.readString(yaml);
    String anchor =
        "            readiness: { path: /healthz }\n        runtime:\n          image: dolittle/runtime:9.3.3\n"
            + "        public:\n          path: /catalog\n        env:\n          ASPNETCORE_URLS: http://+:8080\n";
    assertThat(original).contains(anchor);
    String ciphertext =
        edited
            .substring(edited.indexOf("Dev: Ag", edited.indexOf(anchor)) + 5)
            .lines()
            .findFirst()
            .orElseThrow();
    assertThat(edited)
        .isEqualTo(
            original.replace(
                anchor,
                anchor
                    + "        secretEnv:\n          API_TOKEN:\n            Dev: "
                    + ciphertext
                    + "\n"));
    JsonNode secret =
        unseal(WEBSHOP_NS, "dev-catalog-secret-env-variables", "API_TOKEN", ciphertext);
    assertThat(
            new String(
                Base64.getDecoder().decode(secret.get("API_TOKEN").asText()),
                StandardCharsets.UTF_8))
        .isEqualTo(CANARY);
    assertNoPlaintextAnywhere(r);
  }

  @Test
  void writeReplacesAnExistingValueAndAddsANewKey() throws Exception {
    String oldDev =
        original
            .lines()
            .filter(l -> l.trim().startsWith("Dev: AgB"))
            .findFirst()
            .orElseThrow()
            .trim()
            .substring(5);
    Run r =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "DB_PASSWORD",
            "--write");
    assertThat(r.exit()).as(r.err()).isZero();
    String edited = Files.readString(yaml);
    String newDev =
        edited
            .lines()
            .filter(l -> l.startsWith("            Dev: Ag"))
            .findFirst()
            .orElseThrow()
            .trim()
            .substring(5);
    assertThat(newDev).isNotEqualTo(oldDev);
    assertThat(edited).isEqualTo(original.replace(oldDev, newDev));

    Run r2 =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Prod",
            "--microservice",
            "Orders",
            "--key",
            "SMTP",
            "--write");
    assertThat(r2.exit()).as(r2.err()).isZero();
    String twice = Files.readString(yaml);
    String prodLine = "            Prod: AgBsLk7d";
    int lineEnd = edited.indexOf('\n', edited.indexOf(prodLine)) + 1;
    String inserted =
        twice.substring(lineEnd, twice.indexOf('\n', twice.indexOf('\n', lineEnd) + 1) + 1);
    assertThat(inserted).matches("          SMTP:\n            Prod: Ag[A-Za-z0-9+/=]+\n");
    assertThat(twice)
        .isEqualTo(edited.substring(0, lineEnd) + inserted + edited.substring(lineEnd));
    assertNoPlaintextAnywhere(r2);
  }

  @Test
  void writeRegistry() throws Exception {
    String json = "{\"auths\":{\"acmecorp.azurecr.io\":{\"auth\":\"" + CANARY + "\"}}}";
    Path input = dir.resolve("dockerconfig.json");
    Files.writeString(input, json);
    Run r =
        seal(
            new byte[0],
            "--app",
            "Webshop",
            "--registry",
            "--from-file",
            input.toString(),
            "--write");
    assertThat(r.exit()).as(r.err()).isZero();
    String edited = Files.readString(yaml);
    String value =
        edited
            .lines()
            .filter(l -> l.trim().startsWith("sealedDockerConfigJson: "))
            .findFirst()
            .orElseThrow()
            .trim()
            .substring("sealedDockerConfigJson: ".length());
    String oldValue =
        original
            .lines()
            .filter(l -> l.trim().startsWith("sealedDockerConfigJson: "))
            .findFirst()
            .orElseThrow()
            .trim()
            .substring("sealedDockerConfigJson: ".length());
    assertThat(edited).isEqualTo(original.replace(oldValue, value));
    JsonNode secret = unseal(WEBSHOP_NS, "acr", ".dockerconfigjson", value);
    assertThat(
            new String(
                Base64.getDecoder().decode(secret.get(".dockerconfigjson").asText()),
                StandardCharsets.UTF_8))
        .isEqualTo(json);
  }

  @Test
  void aRefusedEditWritesNothingAndPrintsTheCiphertext() throws Exception {
    String blockStyle =
        original.replace("            Dev: AgBLoGq", "            Dev: |\n              AgBLoGq");
    assertThat(blockStyle).isNotEqualTo(original);
    Files.writeString(yaml, blockStyle);
    Run r =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "DB_PASSWORD",
            "--write");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("block scalar");
    assertThat(r.out()).matches("Ag[A-Za-z0-9+/=]+\n");
    assertThat(Files.readString(yaml)).isEqualTo(blockStyle);
    assertNoPlaintextAnywhere(r);
  }

  @Test
  void aMalformedSealedValueDoesNotStopSealAndWriteReplacesIt() throws Exception {
    String oldDev =
        original
            .lines()
            .filter(l -> l.trim().startsWith("Dev: AgB"))
            .findFirst()
            .orElseThrow()
            .trim()
            .substring(5);
    Files.writeString(yaml, original.replace(oldDev, "AgBz"));
    TestSupport.Run before = TestSupport.cli(dir, "validate");
    assertThat(before.exitCode()).isEqualTo(1);
    assertThat(before.err()).contains("error[AGX2009]");
    Run r =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "DB_PASSWORD",
            "--write");
    assertThat(r.exit()).as(r.err()).isZero();
    TestSupport.Run after = TestSupport.cli(dir, "validate");
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertNoPlaintextAnywhere(r);
  }

  @Test
  void namesThatCannotBeTrustedStopSeal() throws Exception {
    String clash = original.replace("      - name: Catalog ", "      - name: ORDERS  ");
    assertThat(clash).isNotEqualTo(original);
    Files.writeString(yaml, clash);
    Run r =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "K");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("error[AGX2001]")
        .endsWith(
            "aigonix: fix these errors first: seal needs a valid "
                + "aigonix.yaml to work out names and certificates\n");
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(yaml)).isEqualTo(clash);
  }

  @Test
  void anEditThatWouldNotValidateIsNotWritten() throws Exception {
    // a valid Secret key, but not an environment variable name (AGX2015): only the re-check sees it
    Run r =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "1TOKEN",
            "--write");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "aigonix: the edited aigonix.yaml would not validate; nothing was written"
                + " (the ciphertext is printed instead)\n");
    assertThat(r.out()).matches("Ag[A-Za-z0-9+/=]+\n");
    assertThat(Files.readString(yaml)).isEqualTo(original);
    assertNoPlaintextAnywhere(r);
  }

  @Test
  void unknownNamesAreErrorsThatListWhatExists() {
    Run app =
        seal(
            bytes(CANARY),
            "--app",
            "Nope",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "K");
    assertThat(app.exit()).isEqualTo(1);
    assertThat(app.err()).contains("has no application 'Nope' (it has: 'Webshop')");
    Run env =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Test",
            "--microservice",
            "Orders",
            "--key",
            "K");
    assertThat(env.exit()).isEqualTo(1);
    assertThat(env.err())
        .contains("application Webshop has no environment 'Test' (it has: 'Dev', 'Prod')");
    Run ms =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Billing",
            "--key",
            "K");
    assertThat(ms.exit()).isEqualTo(1);
    assertThat(ms.err())
        .contains("no microservice 'Billing' (it has: 'Orders', 'Catalog', 'Scanner Gateway')");
    Run notDeployed =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Prod",
            "--microservice",
            "Scanner Gateway",
            "--key",
            "K");
    assertThat(notDeployed.exit()).isEqualTo(1);
    assertThat(notDeployed.err()).contains("is not deployed to environment Prod");
    for (Run r : new Run[] {app, env, ms, notDeployed}) {
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).doesNotContain(CANARY);
    }
  }

  @Test
  void usageErrors() {
    assertThat(
            seal(bytes("x"), "--app", "Webshop", "--microservice", "Orders", "--key", "K").exit())
        .isEqualTo(2);
    assertThat(
            seal(bytes("x"), "--app", "Webshop", "--env", "Dev", "--microservice", "Orders").exit())
        .isEqualTo(2);
    assertThat(
            seal(bytes("x"), "--app", "Webshop", "--env", "Dev", "--registry", "--key", "K").exit())
        .isEqualTo(2);
    Run help = seal(bytes(""), "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("`echo`").contains("--cert").contains("newline");
  }

  @Test
  void certificateChoiceAndExpiry() throws Exception {
    Path expired = SealedVerifyAccess.expiredCert();
    Run r =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "K",
            "--cert",
            expired.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("failed to encrypt using an expired certificate on 2000-01-02");
    assertThat(r.out()).isEmpty();

    // the environment's sealingCertificate wins over sealing.certificate
    Files.copy(expired, dir.resolve("certs/prod.pem"));
    Files.writeString(
        yaml,
        original.replace(
            "        production: true",
            "        production: true\n" + "        sealingCertificate: certs/prod.pem"));
    Run prod =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Prod",
            "--microservice",
            "Orders",
            "--key",
            "K");
    assertThat(prod.exit()).isEqualTo(1);
    assertThat(prod.err()).contains("certs/prod.pem").contains("expired");
    Run dev =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "K");
    assertThat(dev.exit()).as(dev.err()).isZero();
    Run override =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Prod",
            "--microservice",
            "Orders",
            "--key",
            "K",
            "--cert",
            dir.resolve("certs/sealed-secrets.pem").toString());
    assertThat(override.exit()).as(override.err()).isZero();

    Files.writeString(
        yaml,
        original
            .replace("sealing:\n", "sealing: {}\n")
            .replace("  certificate: certs/sealed-secrets.pem\n", ""));
    Run none =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "K");
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).contains("no certificate to seal with").contains("--cert");
  }

  @Test
  void aCertificateNameThatIsNoPathIsTheFilesError() throws Exception {
    // found by FuzzTest: a NUL in the name made the JDK throw, and seal exited 4
    Files.writeString(
        yaml,
        original.replace(
            "  certificate: certs/sealed-secrets.pem", "  certificate: \"certs/a\\0b.pem\""));
    Run r =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "K");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("is not a valid path").doesNotContain("internal error");
  }

  @Test
  void missingFileIsAnIoError() throws Exception {
    Files.delete(yaml);
    Run r =
        seal(
            bytes(CANARY),
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "K");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("no such file");
    assertThat(r.err()).doesNotContain(CANARY);
  }

  private void assertNoPlaintextAnywhere(Run r) throws Exception {
    assertThat(r.out()).doesNotContain(CANARY);
    assertThat(r.err()).doesNotContain(CANARY);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f :
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("check-"))
              .filter(f -> !f.getFileName().toString().equals("dockerconfig.json"))
              .toList()) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain(CANARY);
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }
}
