package io.aigonix.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Describes how one object changed, in the terms a team used in aigonix.yaml: container images, env
 * keys, config files, secret keys, replicas. Never quotes values of secrets or env variables — only
 * their keys.
 */
final class ObjectChanges {
  private ObjectChanges() {}

  /** Details of an object present on both sides; empty when they are equal. */
  static List<String> describe(Manifest before, Manifest after) {
    if (Objects.equals(before.root(), after.root())) {
      return List.of();
    }
    String name = after.name();
    switch (after.kind()) {
      case "Deployment":
        return deployment(before, after);
      case "ExternalSecret":
        return externalSecret(before, after);
      case "SealedSecret":
        return keyed(
            "secret",
            before.at("/spec/encryptedData"),
            after.at("/spec/encryptedData"),
            label(after) + " changed");
      case "ConfigMap":
        if (name.endsWith("-env-variables")) {
          return keyed("env", before.at("/data"), after.at("/data"), "env variables changed");
        }
        if (name.endsWith("-config-files")) {
          List<String> out =
              new ArrayList<>(keyed("config file", before.at("/data"), after.at("/data"), null));
          out.addAll(keyed("config file", before.at("/binaryData"), after.at("/binaryData"), null));
          return out.isEmpty() ? List.of("config files changed") : out;
        }
        if (name.endsWith("-dolittle")) {
          return keyed(
              "runtime config", before.at("/data"), after.at("/data"), "runtime config changed");
        }
        return List.of(label(after) + " changed");
      default:
        return EdgeChanges.isEdgeApplication(after)
            ? EdgeChanges.application(before, after)
            : List.of(label(after) + " changed");
    }
  }

  /**
   * Details of an object that is new: for an ExternalSecret, where each of its keys now comes from.
   */
  static List<String> added(Manifest after) {
    List<String> out = new ArrayList<>();
    out.add(label(after) + " added");
    if ("ExternalSecret".equals(after.kind())) {
      remoteRefs(after)
          .forEach((key, ref) -> out.add("secret " + key + " now from " + source(after, ref)));
    }
    return out;
  }

  static String label(Manifest m) {
    return m.kind().toLowerCase(Locale.ROOT) + " " + m.name();
  }

  /** Whether the pod template changed: the pods of this Deployment will be replaced. */
  static boolean podsRoll(Manifest before, Manifest after) {
    return "Deployment".equals(after.kind())
        && !before.at("/spec/template").equals(after.at("/spec/template"));
  }

  private static List<String> deployment(Manifest before, Manifest after) {
    List<String> out = new ArrayList<>();
    Map<String, JsonNode> oldContainers = containers(before);
    Map<String, JsonNode> newContainers = containers(after);
    for (Map.Entry<String, JsonNode> c : newContainers.entrySet()) {
      JsonNode old = oldContainers.get(c.getKey());
      if (old == null) {
        out.add("container " + c.getKey() + " added");
        continue;
      }
      String oldImage = old.path("image").asText("");
      String newImage = c.getValue().path("image").asText("");
      if (!oldImage.equals(newImage)) {
        out.add(c.getKey() + " image " + image(oldImage, newImage));
      }
      TreeSet<String> fields = new TreeSet<>();
      c.getValue().fieldNames().forEachRemaining(fields::add);
      old.fieldNames().forEachRemaining(fields::add);
      fields.remove("image");
      for (String field : fields) {
        if (!old.path(field).equals(c.getValue().path(field))) {
          out.add(c.getKey() + " " + field + " changed");
        }
      }
    }
    oldContainers.keySet().stream()
        .filter(k -> !newContainers.containsKey(k))
        .forEach(k -> out.add("container " + k + " removed"));
    JsonNode oldReplicas = before.at("/spec/replicas");
    JsonNode newReplicas = after.at("/spec/replicas");
    if (!oldReplicas.equals(newReplicas)) {
      out.add("replicas " + oldReplicas.asText("1") + " → " + newReplicas.asText("1"));
    }
    return out;
  }

  private static Map<String, JsonNode> containers(Manifest m) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode c : m.at("/spec/template/spec/containers")) {
      out.put(c.path("name").asText(), c);
    }
    return out;
  }

  /** {@code repo:1.1.9 → 1.2.0} when only the tag changed, else both images. */
  static String image(String before, String after) {
    int oldColon = before.lastIndexOf(':');
    int newColon = after.lastIndexOf(':');
    if (oldColon > before.lastIndexOf('/')
        && newColon > after.lastIndexOf('/')
        && before.substring(0, oldColon).equals(after.substring(0, newColon))) {
      return before + " → " + after.substring(newColon + 1);
    }
    return before + " → " + after;
  }

  /**
   * An ExternalSecret in aigonix.yaml's words: which secret keys now come from which store and
   * remote key, and the refresh interval. Only names: the values never enter the output.
   */
  private static List<String> externalSecret(Manifest before, Manifest after) {
    List<String> out = new ArrayList<>();
    Map<String, JsonNode> oldRefs = remoteRefs(before);
    Map<String, JsonNode> newRefs = remoteRefs(after);
    boolean storeChanged =
        !before.at("/spec/secretStoreRef").equals(after.at("/spec/secretStoreRef"));
    TreeSet<String> keys = new TreeSet<>(oldRefs.keySet());
    keys.addAll(newRefs.keySet());
    for (String key : keys) {
      JsonNode was = oldRefs.get(key);
      JsonNode is = newRefs.get(key);
      if (is == null) {
        out.add("secret " + key + " removed");
      } else if (was == null) {
        out.add("secret " + key + " added from " + source(after, is));
      } else if (storeChanged || !was.equals(is)) {
        out.add("secret " + key + " now from " + source(after, is));
      }
    }
    String oldInterval = before.at("/spec/refreshInterval").asText("");
    String newInterval = after.at("/spec/refreshInterval").asText("");
    if (!oldInterval.equals(newInterval)) {
      out.add("secrets refreshed every " + newInterval + " (was " + oldInterval + ")");
    }
    return out.isEmpty() ? List.of(label(after) + " changed") : out;
  }

  /** secretKey → remoteRef of an ExternalSecret's {@code data}. */
  private static Map<String, JsonNode> remoteRefs(Manifest m) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode entry : m.at("/spec/data")) {
      out.put(entry.path("secretKey").asText(), entry.path("remoteRef"));
    }
    return out;
  }

  /** {@code store azure-kv-prod key orders-db property password}. */
  private static String source(Manifest m, JsonNode remoteRef) {
    JsonNode store = m.at("/spec/secretStoreRef");
    StringBuilder s = new StringBuilder("store ").append(store.path("name").asText());
    if ("SecretStore".equals(store.path("kind").asText())) {
      s.append(" (SecretStore)");
    }
    s.append(" key ").append(remoteRef.path("key").asText());
    if (remoteRef.has("property")) {
      s.append(" property ").append(remoteRef.path("property").asText());
    }
    if (remoteRef.has("version")) {
      s.append(" version ").append(remoteRef.path("version").asText());
    }
    return s.toString();
  }

  /**
   * Keys added, changed, removed between two maps, as {@code <what> KEY changed}; values never
   * shown.
   */
  private static List<String> keyed(String what, JsonNode before, JsonNode after, String fallback) {
    List<String> out = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>();
    names(before).forEachRemaining(keys::add);
    names(after).forEachRemaining(keys::add);
    for (String key : keys) {
      boolean was = before.has(key);
      boolean is = after.has(key);
      if (was && !is) {
        out.add(what + " " + key + " removed");
      } else if (!was && is) {
        out.add(what + " " + key + " added");
      } else if (!before.get(key).equals(after.get(key))) {
        out.add(what + " " + key + " changed");
      }
    }
    if (out.isEmpty() && fallback != null) {
      out.add(fallback);
    }
    return out;
  }

  private static Iterator<String> names(JsonNode node) {
    return node.isObject() ? node.fieldNames() : List.<String>of().iterator();
  }
}
