package io.aigonix.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.aigonix.layout.Layout;
import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the objects of a compiled tree (kustomization.yaml files are layout, not objects, and are
 * skipped). A file of several YAML documents (an edge folder's volumes.yaml) is read as the list of
 * them, named after the file; an edge folder's config files are never parsed (they may be binary, or
 * YAML that is not an object): they are compared by their SHA-256.
 */
public final class ManifestReader {
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  public SortedMap<String, Manifest> read(OutputTree tree) {
    SortedMap<String, Manifest> out = new TreeMap<>();
    for (Map.Entry<String, byte[]> file : tree.files().entrySet()) {
      String path = file.getKey();
      if (Layout.isKustomization(path)) {
        continue;
      }
      out.put(path, Layout.isEdgeConfigFile(path) ? configFile(path, file.getValue()) : parse(path, file.getValue()));
    }
    return out;
  }

  private static Manifest configFile(String path, byte[] bytes) {
    String file = Layout.locate(path).file();
    String name = file.substring(file.indexOf('/') + 1);
    return new Manifest(path, "Config file", name, null, null, null, JsonNodeFactory.instance.textNode(sha256(bytes)));
  }

  private Manifest parse(String path, byte[] bytes) {
    JsonNode root;
    boolean several = false;
    try {
      root = null;
      if (path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json")) {
        try (MappingIterator<JsonNode> docs = yaml.readerFor(JsonNode.class).readValues(bytes)) {
          List<JsonNode> all = docs.readAll();
          several = all.size() > 1;
          root = several ? JsonNodeFactory.instance.arrayNode().addAll(all) : all.isEmpty() ? null : all.get(0);
        }
      }
    } catch (IOException | RuntimeException e) {
      root = null;
    }
    String file = path.substring(path.lastIndexOf('/') + 1);
    if (several) {
      return new Manifest(path, root.get(0).path("kind").asText("Object"), file, null, null, null, root);
    }
    if (root == null || !root.isObject()) {
      return new Manifest(path, "File", file, null, null, null, null);
    }
    JsonNode labels = root.at("/metadata/labels");
    return new Manifest(path, root.path("kind").asText("Object"), root.at("/metadata/name").asText(""),
        text(labels, "application"), text(labels, "environment"), text(labels, "microservice"), root);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
