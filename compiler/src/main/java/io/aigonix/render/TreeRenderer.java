package io.aigonix.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.generate.Placed;
import io.aigonix.layout.Folder;
import io.aigonix.layout.Layout;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders the placed objects into an {@link OutputTree}: each object as YAML at the path {@link Layout}
 * gives it, and a kustomization.yaml with the sorted file list in every folder that has objects and that
 * the layout says is kustomized.
 */
public final class TreeRenderer {
  private final YamlWriter yaml = new YamlWriter();

  public OutputTree render(List<Placed> objects) {
    // Rendering an object is pure, so the objects are rendered in parallel (common pool, bounded by
    // the cores) and then placed one by one in input order: the result does not depend on scheduling.
    List<byte[]> rendered = objects.parallelStream().map(p -> yaml.write(p.tree())).toList();
    TreeMap<String, byte[]> files = new TreeMap<>();
    TreeMap<String, SortedSet<String>> kustomized = new TreeMap<>();
    for (int i = 0; i < objects.size(); i++) {
      Placed placed = objects.get(i);
      Folder folder = placed.folder();
      String file = Layout.objectFile(placed.object().getKind(), placed.object().getMetadata().getName());
      String path = Layout.path(folder, file);
      if (files.put(path, rendered.get(i)) != null) {
        throw new IllegalStateException("two objects would be written to " + path);
      }
      if (Layout.kustomized(folder)) {
        kustomized.computeIfAbsent(Layout.kustomization(folder), k -> new TreeSet<>()).add(file);
      }
    }
    for (Map.Entry<String, SortedSet<String>> k : kustomized.entrySet()) {
      files.put(k.getKey(), yaml.write(kustomization(k.getValue())));
    }
    return new OutputTree(files);
  }

  private static JsonNode kustomization(SortedSet<String> resources) {
    ObjectNode k = JsonNodeFactory.instance.objectNode();
    k.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    k.put("kind", "Kustomization");
    resources.forEach(k.putArray("resources")::add);
    return k;
  }
}
