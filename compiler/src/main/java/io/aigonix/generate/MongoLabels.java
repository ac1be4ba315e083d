package io.aigonix.generate;

import java.util.SortedMap;

/**
 * The environment's labels plus {@code infrastructure: Mongo} (reference §1c); also the selector.
 */
final class MongoLabels {
  private MongoLabels() {}

  static SortedMap<String, String> of(EnvContext c) {
    SortedMap<String, String> labels = Labels.of(c);
    labels.put("infrastructure", "Mongo");
    return labels;
  }
}
