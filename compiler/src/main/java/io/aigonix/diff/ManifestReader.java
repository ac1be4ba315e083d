package io.aigonix.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.aigonix.layout.Layout;
import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads the objects of a compiled tree (kustomization.yaml files are layout, not objects, and are skipped). */
public final class ManifestReader {
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  public SortedMap<String, Manifest> read(OutputTree tree) {
    SortedMap<String, Manifest> out = new TreeMap<>();
    for (Map.Entry<String, byte[]> file : tree.files().entrySet()) {
      String path = file.getKey();
      if (Layout.isKustomization(path)) {
        continue;
      }
      out.put(path, parse(path, file.getValue()));
    }
    return out;
  }

  private Manifest parse(String path, byte[] bytes) {
    JsonNode root;
    try {
      root = path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json") ? yaml.readTree(bytes) : null;
    } catch (IOException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      return new Manifest(path, "File", path.substring(path.lastIndexOf('/') + 1), null, null, null, null);
    }
    JsonNode labels = root.at("/metadata/labels");
    return new Manifest(path, root.path("kind").asText("Object"), root.at("/metadata/name").asText(""),
        text(labels, "application"), text(labels, "environment"), text(labels, "microservice"), root);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText() : null;
  }
}
