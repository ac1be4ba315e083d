package io.aigonix.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.aigonix.TestSupport;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Every SARIF rule carries help (text and Markdown); lint warnings are warning-level results at line:col. */
class SarifRuleHelpTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyRuleHasHelpAndLintResultsValidate() throws Exception {
    TestSupport.Run run = TestSupport.cli(TestSupport.root(), "validate", "-f",
        "samples/warning-single-replica/aigonix.yaml", "--format", "sarif");
    assertThat(run.exitCode()).isZero();
    JsonNode sarif = JSON.readTree(run.out());
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(JSON.readTree(in)).validate(sarif))
          .as("SARIF schema violations").isEmpty();
    }
    for (JsonNode rule : sarif.at("/runs/0/tool/driver/rules")) {
      assertThat(rule.at("/help/text").asText()).as(rule.get("id").asText()).contains("aigonix explain");
      assertThat(rule.at("/help/markdown").asText()).as(rule.get("id").asText()).contains("**Why it matters.**");
    }
    JsonNode result = sarif.at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("AGX5002");
    assertThat(result.get("level").asText()).isEqualTo("warning");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(19);
  }
}
