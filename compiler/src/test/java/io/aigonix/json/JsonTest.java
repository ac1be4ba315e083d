package io.aigonix.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The layouts of the one JSON writer, byte for byte. */
class JsonTest {
  @Test
  void runtimeFilesHaveOneValuePerLineSortedKeysAndEmptyBrackets() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", List.of(1, "two", Map.of()));
    inner.put("a", Arrays.asList(true, null, 2.5));
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("zeta", inner);
    value.put("empty", List.of());
    value.put("none", Map.of());
    value.put("text", "quote \" backslash \\ tab \t é");

    assertThat(Json.pretty(value))
        .isEqualTo(
            """
        {
          "empty": [],
          "none": {},
          "text": "quote \\" backslash \\\\ tab \\t é",
          "zeta": {
            "a": [
              true,
              null,
              2.5
            ],
            "z": [
              1,
              "two",
              {}
            ]
          }
        }
        """);
  }

  @Test
  void emptyTopLevelValuesAreBrackets() {
    assertThat(Json.pretty(Map.of())).isEqualTo("{}\n");
    assertThat(Json.pretty(List.of())).isEqualTo("[]\n");
  }

  @Test
  void reportsKeepTheirFieldOrderInJacksonsStockLayoutWithLf() {
    ObjectNode root = Json.object();
    root.put("version", 1);
    root.putArray("plan");
    root.putArray("names").add("b").add("a");
    root.putObject("files").putArray("added").addObject().put("path", "x");
    root.putObject("empty");

    assertThat(Json.report(root))
        .isEqualTo(
            """
        {
          "version" : 1,
          "plan" : [ ],
          "names" : [ "b", "a" ],
          "files" : {
            "added" : [ {
              "path" : "x"
            } ]
          },
          "empty" : { }
        }
        """);
  }

  @Test
  void compactHasNoWhitespaceAndReadingGivesBackTheValue() throws Exception {
    ObjectNode tree = Json.object();
    tree.put("b", "x y").putArray("a").add(1);
    byte[] bytes = Json.compact(tree);

    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"b\":\"x y\",\"a\":[1]}");
    assertThat(Json.read(new ByteArrayInputStream(bytes))).isEqualTo(tree);
    assertThat(Json.readObject(new ByteArrayInputStream(bytes)))
        .isEqualTo(Map.of("b", "x y", "a", List.of(1)));
  }
}
