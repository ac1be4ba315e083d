package io.aigonix.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigonix.layout.Layout;
import io.aigonix.render.OutputTree;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.SourceLimits;
import io.aigonix.source.YamlReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the objects of a compiled tree (kustomization.yaml files are layout, not objects, and are skipped)
 * through the one YAML reader, with the limits of cluster dumps; nothing points back into these files, so it
 * builds trees only, which keeps a tree of thousands of files cheap.
 */
public final class ManifestReader {
  private final YamlReader yaml = new YamlReader(SourceLimits.DUMPS, YamlReader.Detail.TREE);

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
    // a file that is not YAML, or not well-formed, is a plain file to the planner
    JsonNode root = path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json")
        ? yaml.parse(Path.of(path), path, bytes).source().map(ParsedSource::root).orElse(null)
        : null;
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
