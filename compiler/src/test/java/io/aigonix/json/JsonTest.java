package io.aigonix.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.TestSupport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  /**
   * The reader builds the tree itself (no mapper on the validate path): node for node, number types
   * included, what ObjectMapper.readTree gives, on the shipped schema and on the corner cases.
   */
  @Test
  void readGivesTheTreeOfObjectMapperReadTree() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<String> documents =
        List.of(
            Files.readString(TestSupport.root().resolve("schemas/aigonix.schema.json")),
            "{\"i\": 1, \"l\": 4294967296, \"b\": 123456789012345678901234567890, \"d\": 2.5,"
                + " \"e\": -1e-3, \"t\": true, \"f\": false, \"n\": null, \"s\": \"\\u00e9\\n\","
                + " \"a\": [[], {}, [1, [2]]], \"k\": 1, \"k\": [2], \"o\": {\"x\": {}}}",
            "[1, \"two\", null, \"\\u0000\\u001f\\u007f \\\" \\\\ / \\b\\f\\n\\r\\t\\u2028 é 😀\"]",
            "\"text\"",
            "null",
            "");
    for (String document : documents) {
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      JsonNode expected = mapper.readTree(new ByteArrayInputStream(bytes));
      JsonNode actual = Json.read(new ByteArrayInputStream(bytes));
      assertThat(actual).as(document).isEqualTo(expected);
      assertThat(types(actual)).as(document).isEqualTo(types(expected));
      assertThat(texts(actual)).as(document).isEqualTo(texts(expected));
    }
  }

  /**
   * The node types of a tree, depth first: equal trees may still differ in number types. Text nodes
   * are Json's own subclass, which prints itself without a mapper ({@link #texts}).
   */
  private static List<String> types(JsonNode node) {
    List<String> types = new java.util.ArrayList<>();
    types.add(node.isTextual() ? "text" : node.getClass().getSimpleName());
    node.elements().forEachRemaining(child -> types.addAll(types(child)));
    return types;
  }

  /** What toString() gives for each text node of a tree, depth first (networknt prints them so). */
  private static List<String> texts(JsonNode node) {
    List<String> texts = new java.util.ArrayList<>();
    if (node.isTextual()) {
      texts.add(node.toString());
    }
    node.elements().forEachRemaining(child -> texts.addAll(texts(child)));
    return texts;
  }
}
