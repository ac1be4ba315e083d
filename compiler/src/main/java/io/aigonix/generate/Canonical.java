package io.aigonix.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.json.Json;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The one conversion of a fabric8 object to a JSON tree: object keys sorted, nulls dropped (no
 * {@code creationTimestamp: null}), an empty top-level {@code status} dropped. The YAML writer and
 * the config checksum both start from it, so the checksum covers exactly what is written.
 */
public final class Canonical {
  public JsonNode tree(HasMetadata object) {
    JsonNode tree = clean(Json.tree(object));
    if (tree instanceof ObjectNode o && o.path("status").isObject() && o.path("status").isEmpty()) {
      o.remove("status");
    }
    return tree;
  }

  /** Compact UTF-8 JSON of {@link #tree}: the bytes the config checksum hashes. */
  public byte[] bytes(HasMetadata object) {
    return bytes(tree(object));
  }

  /** Compact UTF-8 JSON of a tree {@link #tree} made. */
  public byte[] bytes(JsonNode tree) {
    return Json.compact(tree);
  }

  private static JsonNode clean(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      Collections.sort(names);
      ObjectNode sorted = JsonNodeFactory.instance.objectNode();
      for (String name : names) {
        JsonNode value = node.get(name);
        if (!value.isNull()) {
          sorted.set(name, clean(value));
        }
      }
      return sorted;
    }
    if (node.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> array.add(clean(item)));
      return array;
    }
    return node;
  }
}
