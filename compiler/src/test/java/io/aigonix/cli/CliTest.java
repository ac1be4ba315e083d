package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigonix.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @Test
  void theWebshopSampleIsValid() {
    TestSupport.Run run =
        TestSupport.cli(TestSupport.root(), "validate", "-f", "samples/webshop/aigonix.yaml");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("valid (0 errors, 0 warnings)");
  }

  @Test
  void initWritesAStarterThatValidatesAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
    assertThat(TestSupport.cli(dir, "init").exitCode()).isZero();
    String starter = Files.readString(dir.resolve("aigonix.yaml"));
    assertThat(starter).contains("# ").contains("apiVersion: aigonix/v1");
    TestSupport.Run validate = TestSupport.cli(dir, "validate");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(TestSupport.cli(dir, "init").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(TestSupport.cli(dir, "init", "--force").exitCode()).isZero();
  }

  @Test
  void initWritesTheSchemaItsStarterPointsAt(@TempDir Path dir) throws Exception {
    TestSupport.Run run = TestSupport.cli(dir, "init", "-f", "app/aigonix.yaml");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String first =
        Files.readString(dir.resolve("app/aigonix.yaml")).lines().findFirst().orElseThrow();
    assertThat(first).startsWith("# yaml-language-server: $schema=");
    // resolved the way yaml-language-server does: relative to the file
    Path schema = dir.resolve("app").resolve(first.substring(first.indexOf('=') + 1)).normalize();
    assertThat(schema).isEqualTo(dir.resolve("app/aigonix.schema.json"));
    assertThat(Files.readString(schema))
        .isEqualTo(Files.readString(TestSupport.root().resolve("schemas/aigonix.schema.json")));

    Files.writeString(schema, "{}");
    assertThat(TestSupport.cli(dir, "init", "-f", "app/aigonix.yaml", "--force").exitCode())
        .isZero();
    assertThat(Files.readString(schema)).startsWith("{\n");
  }

  @Test
  void schemaPrintsTheShippedSchema() throws Exception {
    TestSupport.Run run = TestSupport.cli(TestSupport.root(), "schema");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(Files.readString(TestSupport.root().resolve("schemas/aigonix.schema.json")));
  }

  @Test
  void jsonFormatHasTheDocumentedShape() throws Exception {
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(),
            "validate",
            "-f",
            "samples/invalid-unknown-property/aigonix.yaml",
            "--format",
            "json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("errors").asInt()).isEqualTo(2);
    JsonNode first = json.get("diagnostics").get(0);
    assertThat(first.get("code").asText()).isEqualTo("AGX1001");
    assertThat(first.get("line").asInt()).isEqualTo(16);
    assertThat(first.get("column").asInt()).isEqualTo(9);
    assertThat(first.get("pointer").asText())
        .isEqualTo("/applications/0/microservices/0/replicass");
    assertThat(first.get("hint").asText()).isEqualTo("did you mean 'replicas'?");
  }

  @Test
  void githubFormatWritesWorkflowCommands() {
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(),
            "validate",
            "-f",
            "samples/invalid-port/aigonix.yaml",
            "--format",
            "github");
    assertThat(run.out())
        .startsWith("::error file=samples/invalid-port/aigonix.yaml,line=15,col=17,title=AGX2013");
  }

  @Test
  void severalFilesAreValidatedTogether() {
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(),
            "validate",
            "samples/webshop/aigonix.yaml",
            "samples/invalid-port/aigonix.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("invalid-port/aigonix.yaml:15:17");
  }

  @Test
  void exitCodesFollowTheSpec(@TempDir Path dir) {
    assertThat(TestSupport.cli(dir, "validate", "-f", "missing.yaml").exitCode())
        .isEqualTo(ExitCodes.IO_FAILURE);
    assertThat(TestSupport.cli(dir, "no-such-command").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(TestSupport.cli(dir, "validate", "--format", "xml").exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(TestSupport.cli(dir).exitCode()).isEqualTo(ExitCodes.USAGE);
    TestSupport.Run version = TestSupport.cli(dir, "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("aigonix ");
  }
}
