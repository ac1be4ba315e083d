package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigonix.source.Location;

/**
 * One Kubernetes object of a dump and where it is written. Only the live fields ({@code data},
 * {@code binaryData}, {@code spec}, labels, the platform's annotations) are ever read from it, so
 * what the cluster sets (status, managedFields, uid, resourceVersion, last-applied-configuration)
 * is ignored by construction, not by a list of fields to strip.
 */
record DumpObject(String file, Location at, JsonNode node) {
  String kind() {
    return node.path("kind").asText("");
  }

  String name() {
    return node.path("metadata").path("name").asText("");
  }

  String namespace() {
    return node.path("metadata").path("namespace").asText("");
  }

  String label(String key) {
    return node.path("metadata").path("labels").path(key).asText("");
  }

  String annotation(String key) {
    return node.path("metadata").path("annotations").path(key).asText("");
  }

  JsonNode data() {
    return node.path("data");
  }

  String describe() {
    return kind() + " " + (namespace().isEmpty() ? "" : namespace() + "/") + name();
  }
}
