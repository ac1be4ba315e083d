package io.aigonix.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigonix.json.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The comparison under {@code --verify}: what the cluster set is dropped only with its default
 * value, quantities and JSON compare as values, named lists by name; each with its negative case.
 */
class DifferTest {
  private static JsonNode json(String text) throws Exception {
    return Json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> paths(String kind, String dump, String compiled) throws Exception {
    return Differ.diff(kind, json(dump), json(compiled)).stream()
        .map(Differ.Difference::joined)
        .toList();
  }

  @Test
  void aDefaultedFieldIsTheClustersOnlyWithItsDefaultValue() throws Exception {
    String compiled = "{\"spec\":{\"template\":{\"spec\":{}}}}";
    assertThat(
            paths(
                "Deployment",
                "{\"status\":{\"replicas\":1},\"metadata\":{\"uid\":\"u\"},"
                    + "\"spec\":{\"revisionHistoryLimit\":10,\"template\":{\"spec\":{\"dnsPolicy\":\"ClusterFirst\"}}}}",
                compiled))
        .isEmpty();
    assertThat(
            paths(
                "Deployment",
                "{\"spec\":{\"revisionHistoryLimit\":3,\"template\":{\"spec\":{\"dnsPolicy\":\"None\"}}}}",
                compiled))
        .containsExactly("spec.revisionHistoryLimit", "spec.template.spec.dnsPolicy");
  }

  @Test
  void quantitiesCompareAsValues() throws Exception {
    String compiled = "{\"resources\":{\"limits\":{\"cpu\":\"2000m\",\"memory\":\"1Gi\"}}}";
    assertThat(
            paths(
                "Deployment",
                "{\"resources\":{\"limits\":{\"cpu\":\"2\",\"memory\":\"1024Mi\"}}}",
                compiled))
        .isEmpty();
    assertThat(
            paths(
                "Deployment",
                "{\"resources\":{\"limits\":{\"cpu\":\"1\",\"memory\":\"1Gi\"}}}",
                compiled))
        .containsExactly("resources.limits.cpu");
  }

  @Test
  void namedListsMatchByNameAndJsonValuesAsJson() throws Exception {
    assertThat(
            paths(
                "Deployment",
                "{\"c\":[{\"name\":\"runtime\",\"image\":\"r\"},{\"name\":\"head\",\"image\":\"h\"}]}",
                "{\"c\":[{\"name\":\"head\",\"image\":\"h\"},{\"name\":\"runtime\",\"image\":\"r\"}]}"))
        .isEmpty();
    assertThat(
            paths(
                "Deployment",
                "{\"c\":[{\"name\":\"head\",\"image\":\"h\",\"args\":[\"-v\"]}]}",
                "{\"c\":[{\"name\":\"head\",\"image\":\"h2\"}]}"))
        .containsExactly("c[head].args", "c[head].image");
    assertThat(
            paths(
                "ConfigMap",
                "{\"data\":{\"platform.json\":\"{\\\"b\\\":1,\\\"a\\\":2}\"}}",
                "{\"data\":{\"platform.json\":\"{\\n  \\\"a\\\": 2,\\n  \\\"b\\\": 1\\n}\\n\"}}"))
        .isEmpty();
    assertThat(
            paths(
                "ConfigMap",
                "{\"data\":{\"platform.json\":\"{\\\"a\\\":1}\"}}",
                "{\"data\":{\"platform.json\":\"{\\\"a\\\":2}\"}}"))
        .containsExactly("data.platform.json");
  }

  @Test
  void intendedDifferencesOnlyInTheDirectionAigonixChangesThem() throws Exception {
    Differ.Difference added =
        Differ.diff(
                "Deployment",
                json("{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{}}}}}"),
                json(
                    "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\"aigonix.io/config-checksum\":\"x\"}}}}}"))
            .get(0);
    assertThat(Intended.reason("Deployment", "dev-orders", added, Set.of()))
        .contains(Intended.CHECKSUM);
    Differ.Difference removed =
        Differ.diff(
                "Deployment",
                json(
                    "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\"aigonix.io/config-checksum\":\"x\"}}}}}"),
                json("{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{}}}}}"))
            .get(0);
    assertThat(Intended.reason("Deployment", "dev-orders", removed, Set.of())).isEmpty();
    Differ.Difference envKey =
        Differ.diff("ConfigMap", json("{\"data\":{}}"), json("{\"data\":{\"DEBUG\":\"1\"}}"))
            .get(0);
    assertThat(Intended.reason("ConfigMap", "dev-a-env-variables", envKey, Set.of("DEBUG")))
        .contains(Intended.DRIFT);
    assertThat(Intended.reason("ConfigMap", "dev-a-env-variables", envKey, Set.of())).isEmpty();
  }
}
