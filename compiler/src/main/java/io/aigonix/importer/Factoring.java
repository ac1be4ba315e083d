package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Base vs per-environment (SPEC §7, §1.1): what is equal in every environment a microservice runs
 * in goes into the microservice, what differs into {@code environments.<Env>}. {@code head} is
 * compared field by field and {@code env}/{@code configFiles} key by key, as overrides merge; other
 * settings as a whole. A key only some environments have goes into those environments' overrides,
 * so no {@code null} is needed.
 */
final class Factoring {
  private static final List<String> MERGED = List.of("head", "env", "configFiles");

  record Factored(ObjectNode base, Map<String, ObjectNode> overrides) {}

  private Factoring() {}

  /** {@code perEnv}: each environment's settings, in the application's environment order. */
  static Factored factor(Map<String, ObjectNode> perEnv) {
    ObjectNode base = JsonNodeFactory.instance.objectNode();
    Map<String, ObjectNode> overrides = new LinkedHashMap<>();
    perEnv.keySet().forEach(e -> overrides.put(e, JsonNodeFactory.instance.objectNode()));
    TreeSet<String> keys = new TreeSet<>();
    perEnv.values().forEach(s -> s.fieldNames().forEachRemaining(keys::add));
    for (String key : keys) {
      if (MERGED.contains(key)) {
        TreeSet<String> fields = new TreeSet<>();
        perEnv.values().forEach(s -> s.path(key).fieldNames().forEachRemaining(fields::add));
        for (String field : fields) {
          List<JsonNode> values = new ArrayList<>();
          perEnv.values().forEach(s -> values.add(s.path(key).get(field)));
          if (allEqual(values)) {
            child(base, key).set(field, values.get(0));
          } else if (key.equals("head") && values.stream().allMatch(v -> v != null)) {
            // head is required in the base: the most common value there, the others as overrides
            JsonNode common = mostCommon(values);
            child(base, key).set(field, common);
            perEnv.forEach(
                (env, s) -> {
                  if (!s.path(key).get(field).equals(common)) {
                    child(overrides.get(env), key).set(field, s.path(key).get(field));
                  }
                });
          } else {
            perEnv.forEach(
                (env, s) -> {
                  if (s.path(key).has(field)) {
                    child(overrides.get(env), key).set(field, s.path(key).get(field));
                  }
                });
          }
        }
        if (key.equals("env") || key.equals("configFiles")) {
          child(base, key);
        }
      } else {
        List<JsonNode> values = new ArrayList<>();
        perEnv.values().forEach(s -> values.add(s.get(key)));
        if (allEqual(values)) {
          base.set(key, values.get(0));
        } else {
          perEnv.forEach(
              (env, s) -> {
                if (s.has(key)) {
                  overrides.get(env).set(key, s.get(key));
                }
              });
        }
      }
    }
    for (String key : List.of("env", "configFiles")) {
      if (base.path(key).isEmpty()) {
        base.remove(key);
      }
    }
    return new Factored(base, overrides);
  }

  private static boolean allEqual(List<JsonNode> values) {
    return values.stream().allMatch(v -> v != null && v.equals(values.get(0)));
  }

  /** The value most environments have; on a tie the first environment's. */
  private static JsonNode mostCommon(List<JsonNode> values) {
    JsonNode best = values.get(0);
    long bestCount = 0;
    for (JsonNode v : values) {
      long count = values.stream().filter(v::equals).count();
      if (count > bestCount) {
        best = v;
        bestCount = count;
      }
    }
    return best;
  }

  private static ObjectNode child(ObjectNode parent, String key) {
    return parent.has(key) ? (ObjectNode) parent.get(key) : parent.putObject(key);
  }
}
