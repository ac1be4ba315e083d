package io.aigonix.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.generate.Folder;
import io.aigonix.generate.Placed;
import io.aigonix.model.Names;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SPEC §2.4: {@code <app>/_application/}, {@code <app>/<env>/}, {@code _gitops/flux/},
 * {@code _gitops/argocd/}; one object per file {@code <kind>-<name>.yaml}; a kustomization.yaml with the
 * sorted file list in every application and environment folder (also when it holds no objects).
 */
public final class Layout {
  private final YamlWriter yaml = new YamlWriter();

  public OutputTree render(List<Placed> objects) {
    // Rendering an object is pure, so the objects are rendered in parallel (common pool, bounded by
    // the cores) and then placed one by one in input order: the result does not depend on scheduling.
    List<byte[]> rendered = objects.parallelStream().map(p -> yaml.write(p.tree())).toList();
    TreeMap<String, byte[]> files = new TreeMap<>();
    TreeMap<String, SortedSet<String>> kustomized = new TreeMap<>();
    for (int i = 0; i < objects.size(); i++) {
      Placed placed = objects.get(i);
      String folder = folder(placed.folder());
      String file = Names.file(placed.object().getKind(), placed.object().getMetadata().getName());
      String path = folder + "/" + file;
      if (files.put(path, rendered.get(i)) != null) {
        throw new IllegalStateException("two objects would be written to " + path);
      }
      if (placed.folder().application().isPresent()) {
        kustomized.computeIfAbsent(folder, k -> new TreeSet<>()).add(file);
      }
    }
    for (Map.Entry<String, SortedSet<String>> k : kustomized.entrySet()) {
      files.put(k.getKey() + "/kustomization.yaml", yaml.write(kustomization(k.getValue())));
    }
    return new OutputTree(files);
  }

  static String folder(Folder folder) {
    if (folder.gitopsTool().isPresent()) {
      return "_gitops/" + folder.gitopsTool().get();
    }
    return folder.application().orElseThrow() + "/" + folder.environment().orElse("_application");
  }

  private static JsonNode kustomization(SortedSet<String> resources) {
    ObjectNode k = JsonNodeFactory.instance.objectNode();
    k.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    k.put("kind", "Kustomization");
    resources.forEach(k.putArray("resources")::add);
    return k;
  }
}
