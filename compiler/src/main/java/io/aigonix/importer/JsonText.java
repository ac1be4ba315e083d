package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aigonix.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A JSON document held in a dump's value (the runtime's files, tenants.json, a .dockerconfigjson),
 * read by the one JSON reader. A value that does not parse is the platform's or a hand edit's
 * problem, not the dump's: it reads as absent.
 */
final class JsonText {
  private JsonText() {}

  /** The document, or null when the text is not JSON. */
  static JsonNode parse(String text) {
    try {
      return Json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The document, or an empty object when the text is not JSON. */
  static JsonNode orEmpty(String text) {
    JsonNode node = parse(text);
    return node != null ? node : JsonNodeFactory.instance.objectNode();
  }
}
