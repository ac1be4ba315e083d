package io.aigonix.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How an edge environment's iofog.org/v3 Application changed (SPEC §9), per microservice and in
 * aigonix.yaml's words: microservices added or removed, head image, agent, env keys (never values),
 * anything else of the container.
 */
final class EdgeChanges {
  private EdgeChanges() {}

  static boolean isEdgeApplication(Manifest m) {
    return "Application".equals(m.kind()) && "iofog.org/v3".equals(m.at("/apiVersion").asText());
  }

  static List<String> application(Manifest before, Manifest after) {
    Map<String, JsonNode> old = microservices(before);
    Map<String, JsonNode> now = microservices(after);
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> ms : now.entrySet()) {
      JsonNode was = old.get(ms.getKey());
      if (was == null) {
        out.add(ms.getKey() + " added");
      } else if (!was.equals(ms.getValue())) {
        out.addAll(microservice(ms.getKey(), was, ms.getValue()));
      }
    }
    old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> out.add(k + " removed"));
    return out.isEmpty() ? List.of(ObjectChanges.label(after) + " changed") : out;
  }

  private static List<String> microservice(String name, JsonNode was, JsonNode now) {
    List<String> out = new ArrayList<>();
    for (String arch : List.of("x86", "arm")) {
      String a = was.at("/images/" + arch).asText("");
      String b = now.at("/images/" + arch).asText("");
      if (!a.equals(b)) {
        out.add(
            name
                + " "
                + (arch.equals("x86") ? "head image " : "head armImage ")
                + (a.isEmpty() || b.isEmpty()
                    ? "'" + a + "' → '" + b + "'"
                    : ObjectChanges.image(a, b)));
      }
    }
    String agentWas = was.at("/agent/name").asText();
    String agentNow = now.at("/agent/name").asText();
    if (!agentWas.equals(agentNow)) {
      out.add(name + " agent " + agentWas + " → " + agentNow);
    }
    Map<String, JsonNode> envWas = env(was);
    Map<String, JsonNode> envNow = env(now);
    for (String key : union(envWas, envNow)) {
      if (!Objects.equals(envWas.get(key), envNow.get(key))) {
        out.add(
            name
                + " env "
                + key
                + (envWas.containsKey(key)
                    ? envNow.containsKey(key) ? " changed" : " removed"
                    : " added"));
      }
    }
    List<String> fields = new ArrayList<>();
    now.path("container").fieldNames().forEachRemaining(fields::add);
    was.path("container")
        .fieldNames()
        .forEachRemaining(
            f -> {
              if (!fields.contains(f)) {
                fields.add(f);
              }
            });
    fields.stream()
        .filter(f -> !f.equals("env"))
        .sorted()
        .filter(f -> !was.path("container").path(f).equals(now.path("container").path(f)))
        .forEach(f -> out.add(name + " " + f + " changed"));
    return out.isEmpty() ? List.of(name + " changed") : out;
  }

  private static List<String> union(Map<String, JsonNode> a, Map<String, JsonNode> b) {
    TreeMap<String, JsonNode> all = new TreeMap<>(a);
    all.putAll(b);
    return List.copyOf(all.keySet());
  }

  private static Map<String, JsonNode> env(JsonNode ms) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    ms.at("/container/env").forEach(e -> out.put(e.path("key").asText(), e.path("value")));
    return out;
  }

  private static Map<String, JsonNode> microservices(Manifest m) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    m.at("/spec/microservices").forEach(ms -> out.put(ms.path("name").asText(), ms));
    return out;
  }
}
