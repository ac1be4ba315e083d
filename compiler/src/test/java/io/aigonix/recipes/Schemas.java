package io.aigonix.recipes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The schemas the recipes are checked against, vendored under test resources recipes/schemas/
 * (SOURCES.md there says where each comes from): CI has no internet besides the package registries.
 */
final class Schemas {
  static final YAMLMapper YAML = new YAMLMapper();

  private Schemas() {}

  static Path vendored(String name) {
    return TestSupport.root().resolve("compiler/src/test/resources/recipes/schemas").resolve(name);
  }

  /**
   * The problems of a YAML document against a JSON Schema (of the draft its $schema names: 04,
   * 2020-12, else 07), as "$.path: message".
   */
  static List<String> problems(JsonNode document, JsonNode schema) {
    String draft = schema.path("$schema").asText();
    SpecVersion.VersionFlag version =
        draft.contains("draft-04")
            ? SpecVersion.VersionFlag.V4
            : draft.contains("2020-12")
                ? SpecVersion.VersionFlag.V202012
                : SpecVersion.VersionFlag.V7;
    return JsonSchemaFactory.getInstance(version).getSchema(schema).validate(document).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .toList();
  }

  static JsonNode json(Path file) throws IOException {
    return YAML.readTree(Files.readString(file));
  }

  /**
   * A Kubernetes CRD's schema of one version as JSON Schema, checked the way the API server with
   * strict field validation (kubectl's default) checks: a field the schema does not name is an
   * error (the API server would drop it), except under x-kubernetes-preserve-unknown-fields; a
   * required field with a default is not required (the API server fills it in before it checks).
   */
  static JsonNode crd(Path file, String version) throws IOException {
    for (JsonNode v : json(file).path("spec").path("versions")) {
      if (v.path("name").asText().equals(version)) {
        JsonNode schema = v.path("schema").path("openAPIV3Schema").deepCopy();
        strict(schema);
        return schema;
      }
    }
    throw new AssertionError(file + " has no version " + version);
  }

  private static void strict(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("properties")
          && !object.has("additionalProperties")
          && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
        object.put("additionalProperties", false);
      }
      if (object.get("required")
          instanceof com.fasterxml.jackson.databind.node.ArrayNode required) {
        for (int i = required.size() - 1; i >= 0; i--) {
          if (object.path("properties").path(required.get(i).asText()).has("default")) {
            required.remove(i);
          }
        }
      }
      object.forEach(Schemas::strict);
    } else if (node != null && node.isArray()) {
      node.forEach(Schemas::strict);
    }
  }

  /** Every document of a multi-document YAML file. */
  static List<JsonNode> documents(Path file) throws IOException {
    try (var parser = YAML.getFactory().createParser(Files.readString(file))) {
      return YAML.readValues(parser, JsonNode.class).readAll().stream()
          .filter(d -> !d.isNull() && !d.isMissingNode())
          .toList();
    }
  }

  static Map<String, Object> map(Path file) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = YAML.readValue(Files.readString(file), Map.class);
    return map;
  }
}
