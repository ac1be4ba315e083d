package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The structural differences between a dump's object and the object compile generates for it (SPEC
 * §7 --verify). Lists of named things (containers, ports, volumes, volume mounts) are matched by
 * name or mount path, not position; quantities compare as values ({@code "2"} is {@code 2000m});
 * JSON documents held in ConfigMap values compare as JSON. A field only the dump has is dropped
 * when {@link ClusterFields} says the cluster set it. Values are kept for classification only:
 * nothing here is ever printed.
 */
final class Differ {
  /** One difference: the path (array elements as {@code [name]} or {@code [i]}) and both sides. */
  record Difference(List<String> path, JsonNode dump, JsonNode compiled) {
    Difference {
      path = List.copyOf(path);
    }

    boolean added() {
      return dump.isMissingNode();
    }

    boolean removed() {
      return compiled.isMissingNode();
    }

    String last() {
      return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    String joined() {
      return String.join(".", path).replace(".[", "[");
    }
  }

  private static final Set<String> QUANTITIES = Set.of("cpu", "memory", "storage");
  private final String kind;
  private final List<Difference> out = new ArrayList<>();

  private Differ(String kind) {
    this.kind = kind;
  }

  static List<Difference> diff(String kind, JsonNode dump, JsonNode compiled) {
    Differ d = new Differ(kind);
    d.walk(new ArrayList<>(), new ArrayList<>(), dump, compiled, MissingNode.getInstance());
    return d.out;
  }

  /** {@code pattern}: the path with array elements as {@code *}, as ClusterFields lists them. */
  private void walk(
      List<String> path, List<String> pattern, JsonNode d, JsonNode g, JsonNode dumpParent) {
    if (d.isObject() && g.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      d.fieldNames().forEachRemaining(keys::add);
      g.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        path.add(key);
        pattern.add(key);
        walk(path, pattern, d.path(key), g.path(key), d);
        path.remove(path.size() - 1);
        pattern.remove(pattern.size() - 1);
      }
    } else if (d.isArray() && g.isArray()) {
      Map<String, JsonNode[]> pairs = pair(d, g);
      for (Map.Entry<String, JsonNode[]> p : pairs.entrySet()) {
        path.add(p.getKey());
        pattern.add("*");
        walk(path, pattern, p.getValue()[0], p.getValue()[1], d);
        path.remove(path.size() - 1);
        pattern.remove(pattern.size() - 1);
      }
    } else if (g.isMissingNode() && !d.isMissingNode()) {
      if (!setByCluster(String.join(" ", pattern), d, dumpParent)) {
        out.add(new Difference(path, d, g));
      }
    } else if (!same(path, d, g)) {
      out.add(new Difference(path, d, g));
    }
  }

  /** Whether the cluster set {@code d} or, for an object or list, everything in it. */
  private boolean setByCluster(String pattern, JsonNode d, JsonNode parent) {
    if (ClusterFields.setByCluster(kind, pattern, d, parent)) {
      return true;
    }
    if (d.isContainerNode() && !d.isEmpty()) {
      var fields = d.fields();
      while (fields.hasNext()) {
        var f = fields.next();
        if (!setByCluster(pattern + " " + f.getKey(), f.getValue(), d)) {
          return false;
        }
      }
      for (JsonNode element : d.isArray() ? d : List.<JsonNode>of()) {
        if (!setByCluster(pattern + " *", element, d)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean same(List<String> path, JsonNode d, JsonNode g) {
    if (d.equals(g)) {
      return true;
    }
    String key = path.isEmpty() ? "" : path.get(path.size() - 1);
    if (QUANTITIES.contains(key) && d.isValueNode() && g.isValueNode()) {
      return key.equals("cpu")
          ? Quantities.cpu(d.asText()).equals(Quantities.cpu(g.asText()))
          : Quantities.sameMemory(d.asText(), g.asText());
    }
    if (key.endsWith(".json") && d.isTextual() && g.isTextual()) {
      JsonNode a = JsonText.parse(d.asText());
      return a != null && a.equals(JsonText.parse(g.asText()));
    }
    return false;
  }

  /**
   * Elements keyed by {@code name} (or {@code mountPath}) when every element of both lists has a
   * distinct one, else by position.
   */
  private static Map<String, JsonNode[]> pair(JsonNode d, JsonNode g) {
    for (String field : List.of("name", "mountPath")) {
      Map<String, JsonNode> a = keyed(d, field);
      Map<String, JsonNode> b = keyed(g, field);
      if (a != null && b != null) {
        Map<String, JsonNode[]> pairs = new LinkedHashMap<>();
        a.forEach((k, v) -> pairs.put("[" + k + "]", new JsonNode[] {v, missing()}));
        b.forEach(
            (k, v) ->
                pairs.computeIfAbsent("[" + k + "]", x -> new JsonNode[] {missing(), null})[1] = v);
        return pairs;
      }
    }
    Map<String, JsonNode[]> pairs = new LinkedHashMap<>();
    for (int i = 0; i < Math.max(d.size(), g.size()); i++) {
      pairs.put("[" + i + "]", new JsonNode[] {d.path(i), g.path(i)});
    }
    return pairs;
  }

  private static Map<String, JsonNode> keyed(JsonNode list, String field) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    for (JsonNode e : list) {
      if (!e.path(field).isTextual() || byKey.put(e.path(field).asText(), e) != null) {
        return null;
      }
    }
    return byKey;
  }

  private static JsonNode missing() {
    return MissingNode.getInstance();
  }
}
