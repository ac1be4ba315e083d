package io.aigonix.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.json.Json;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * The one conversion of a fabric8 object to a JSON tree: object keys sorted, nulls dropped (no
 * {@code creationTimestamp: null}), an empty top-level {@code status} dropped. The YAML writer and
 * the config checksum both start from it, so the checksum covers exactly what is written.
 */
public final class Canonical {
  public JsonNode tree(HasMetadata object) {
    JsonNode tree = Json.sortedTree(object);
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
}
