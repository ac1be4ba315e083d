package io.aigonix.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aigonix.TestSupport;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code --format sarif} validates against the vendored OASIS SARIF 2.1.0 schema, with real
 * regions.
 */
class SarifOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** validate's SARIF for a sample, checked against the OASIS schema. */
  private JsonNode validSarif(String sample, int exitCode) throws Exception {
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(),
            "validate",
            "-f",
            "samples/" + sample + "/aigonix.yaml",
            "--format",
            "sarif");
    assertThat(run.exitCode()).isEqualTo(exitCode);
    JsonNode sarif = JSON.readTree(run.out());
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(JSON.readTree(in));
    }
    Set<ValidationMessage> errors = schema.validate(sarif);
    assertThat(errors).as("SARIF schema violations").isEmpty();
    return sarif;
  }

  @Test
  void sarifOutputValidatesAndPointsAtTheOffendingLine() throws Exception {
    JsonNode sarif = validSarif("invalid-unknown-property", 1);

    JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
    assertThat(rules.size()).isEqualTo(Code.values().length);
    JsonNode result = sarif.at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("AGX1001");
    assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo("AGX1001");
    JsonNode region = result.at("/locations/0/physicalLocation/region");
    assertThat(region.get("startLine").asInt()).isEqualTo(16);
    assertThat(region.get("startColumn").asInt()).isEqualTo(9);
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("samples/invalid-unknown-property/aigonix.yaml");
  }

  @Test
  void sarifForACleanFileHasNoResults() throws Exception {
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(),
            "validate",
            "-f",
            "samples/webshop/aigonix.yaml",
            "--format",
            "sarif");
    assertThat(run.exitCode()).isZero();
    assertThat(JSON.readTree(run.out()).at("/runs/0/results").size()).isZero();
  }

  @Test
  void everyRuleHasHelpAndLintWarningsAreWarningResultsAtLineAndColumn() throws Exception {
    JsonNode sarif = validSarif("warning-single-replica", 0);
    for (JsonNode rule : sarif.at("/runs/0/tool/driver/rules")) {
      assertThat(rule.at("/help/text").asText())
          .as(rule.get("id").asText())
          .contains("aigonix explain");
      assertThat(rule.at("/help/markdown").asText())
          .as(rule.get("id").asText())
          .contains("**Why it matters.**");
    }
    JsonNode result = sarif.at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("AGX5002");
    assertThat(result.get("level").asText()).isEqualTo("warning");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(19);
    assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(19);
  }
}
