package io.aigonix.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.diag.Diagnostic;
import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The negative cases of every lint check (error-prone style): near misses give no warning, and the
 * suppressions drop exactly what they name. The positive cases are the warning-* samples' goldens.
 */
class LintNearMissTest {
  private static final String HEAD =
      """
      apiVersion: aigonix/v1
      customer:
        name: Acme Corp
      applications:
        - name: Shop
          environments:
            - name: Dev
            - name: Prod
          microservices:
      """;

  @TempDir Path project;

  private List<String> codes(String microservices) {
    return lint(HEAD + microservices).stream().map(d -> d.code().id() + "@" + d.line()).toList();
  }

  private List<Diagnostic> lint(String yaml) {
    Checked result = new Compiler().check(project.resolve("aigonix.yaml"), "aigonix.yaml", yaml);
    assertThat(result.hasErrors()).as("the test input is valid: " + result.diagnostics()).isFalse();
    return result.diagnostics();
  }

  @Test
  void pinnedImagesAreNotReported() {
    assertThat(
            codes(
                """
              - name: Orders
                head: { image: "acme/orders:latest-2024.1" }
                runtime: { image: "dolittle/runtime:9.3.3" }
                replicas: 2
              - name: Catalog
                head: { image: "registry.example.com:5000/acme/catalog@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945" }
                runtime: none
                replicas: 2
              - name: Basket
                head: { image: "registry.example.com:5000/acme/basket:3.0" }
                runtime: none
                replicas: 2
        """))
        .isEmpty();
  }

  @Test
  void oneReplicaOutsideProductionAndParkedServicesAreNotReported() {
    assertThat(
            codes(
                """
              - name: Orders
                head: { image: "acme/orders:1.0.0" }
                runtime: none
                environments:
                  Dev: { replicas: 1 }
                  Prod: { replicas: 0 }
        """))
        .isEmpty();
    String notProduction = HEAD.replace("- name: Prod", "- name: Prod\n        production: false");
    assertThat(
            lint(
                notProduction
                    + """
              - name: Orders
                head: { image: "acme/orders:1.0.0" }
                runtime: none
        """))
        .isEmpty();
  }

  @Test
  void privateMicroservicesWithoutProbesAreNotReported() {
    assertThat(
            codes(
                """
              - name: Worker
                head: { image: "acme/worker:1.0.0" }
                runtime: none
                replicas: 2
        """))
        .isEmpty();
  }

  @Test
  void ownBackingServicesWithoutCredentialsAndSettingsAboutPasswordsAreNotReported()
      throws IOException {
    Files.writeString(
        project.resolve("appsettings.json"),
        "{ \"Identity\": { \"PasswordPolicy\": \"strict\" }, \"Mongo\": \"mongodb://dev-mongo:27017\" }\n");
    assertThat(
            codes(
                """
              - name: Orders
                head: { image: "acme/orders:1.0.0" }
                runtime: none
                env:
                  AUTH_OPTIONS: PasswordPolicy=strict;MinLength=12
                  ORDERS_DB: "mongodb://orders:${DB_PASSWORD}@dev-mongo:27017"
                  MONGO_HOST: dev-mongo.application-0b1a6f1e.svc.cluster.local
                configFiles:
                  appsettings.json: { file: appsettings.json }
                  settings.ini: { content: "password_policy=strict\\nmin_length=12\\n" }
                environments:
                  Dev: {}
        """))
        .isEmpty();
  }

  @Test
  void consoleSinksAreNotReported() throws IOException {
    Files.writeString(
        project.resolve("serilog.json"),
        "{ \"Serilog\": { \"WriteTo\": [ { \"Name\": \"Console\" } ] } }\n");
    Files.writeString(
        project.resolve("nlog.config"),
        "<nlog><targets><target xsi:type=\"ColoredConsole\" name=\"c\" />"
            + "</targets></nlog>\n<appender name=\"c\" type=\"log4net.Appender.ConsoleAppender\" />\n");
    assertThat(
            codes(
                """
              - name: Orders
                head: { image: "acme/orders:1.0.0" }
                runtime: none
                replicas: 2
                env: { LOG_FILE: /dev/stdout, Serilog__WriteTo__0__Name: Console }
                configFiles:
                  appsettings.json: { file: serilog.json }
                  nlog.config: { file: nlog.config }
                  logging.json: { content: '{"logFile": "/dev/stdout"}' }
        """))
        .isEmpty();
  }

  @Test
  void theSharedRuntimeImageAndRepeatedVersionsAreNotReported() {
    assertThat(
            codes(
                """
              - name: Orders
                head: { image: "acme/orders:1.0.0" }
                runtime: { image: "dolittle/runtime:9.3.3" }
                replicas: 2
                environments:
                  Dev: {}
                  Prod: { head: { image: "acme/orders:1.0.0" }, runtime: { image: "dolittle/runtime:9.3.3" } }
              - name: Catalog
                head: { image: "acme/catalog:1.0.0" }
                runtime: { image: "dolittle/runtime:9.3.3" }
                replicas: 2
        """))
        .isEmpty();
  }

  @Test
  void lintIgnoreDropsItsCodesOnly() {
    String services =
        """
              - name: Orders
                head: { image: acme/orders }
                runtime: none
        """;
    assertThat(codes(services)).containsExactly("AGX5002@10", "AGX5001@11");
    assertThat(lint(HEAD + services + "lint: { ignore: [AGX5002] }\n"))
        .extracting(d -> d.code().id())
        .containsExactly("AGX5001");
  }

  @Test
  void aCommentOnTheLineOrTheLineAboveSuppressesTheNamedCodes() {
    assertThat(
            codes(
                """
              - name: Orders
                # aigonix:ignore AGX5001, AGX5002
                head: { image: acme/orders }
                runtime: none
                replicas: 2
        """))
        .isEmpty();
    assertThat(
            codes(
                """
              - name: Orders   # aigonix:ignore AGX5002
                head: { image: acme/orders }   # aigonix:ignore AGX5008
                runtime: none
        """))
        .containsExactly("AGX5001@11");
  }

  @Test
  void aMarkerTwoLinesAboveOrInsideAValueSuppressesNothing() {
    assertThat(
            codes(
                """
              # aigonix:ignore AGX5001
              - name: Orders
                head: { image: "acme/orders" }
                runtime: none
                replicas: 2
                env: { MONGO: "prod-mongo#aigonix:ignore AGX5005" }
                environments:
                  Dev: {}
        """))
        .containsExactly("AGX5001@12", "AGX5005@15");
  }

  /**
   * A name in any ASCII case is found (the check compiles its pattern only for values that hold an
   * other environment's name and '-'), one inside a longer DNS label is not.
   */
  @Test
  void anotherEnvironmentsServiceIsFoundInAnyCaseAndOnlyAsAWholeLabel() {
    assertThat(
            codes(
                """
              - name: Orders
                head: { image: "acme/orders:1.0.0" }
                runtime: none
                replicas: 2
                env:
                  A: "mongodb://PROD-Mongo:27017"
                  B: "mongodb://xprod-mongo:27017"
                  C: "http://Prod-Orders/api"
                  D: "prod-mongox"
                environments:
                  Dev: {}
                  Prod: { env: { A: "prod-mongo", C: "prod-orders" } }
        """))
        .containsExactly("AGX5005@15", "AGX5005@17");
  }

  @Test
  void theSemanticWarningIsSuppressedLikeLint() {
    assertThat(
            codes(
                """
              - name: Orders
                head: { image: "acme/orders:1.0.0" }
                runtime: none
                replicas: 2
                env:
                  SMTP_PASSWORD: plain   # aigonix:ignore AGX2016
        """))
        .isEmpty();
  }
}
