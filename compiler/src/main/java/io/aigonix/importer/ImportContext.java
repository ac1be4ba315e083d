package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one import run gathers while it maps the applications: files to write and the report's
 * lines.
 */
final class ImportContext {
  final boolean includeWelcome;
  final SecretValues secrets;
  final Map<String, byte[]> files = new TreeMap<>();
  final List<String> unmanaged = new ArrayList<>();
  final List<String> drift = new ArrayList<>();
  final List<String> notCarried = new ArrayList<>();

  ImportContext(boolean includeWelcome, SecretValues secrets) {
    this.includeWelcome = includeWelcome;
    this.secrets = secrets;
  }

  /** A JSON document held in a ConfigMap value; one that does not parse counts as empty. */
  JsonNode json(String text) {
    try {
      return io.aigonix.json.Json.read(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      return JsonNodeFactory.instance.objectNode();
    }
  }
}
