package io.aigonix.generate;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ConfigMap set directly, not through ConfigMapBuilder (which copies the metadata and the data
 * again): a microservice has three of them.
 */
final class ConfigMaps {
  private ConfigMaps() {}

  static ConfigMap of(ObjectMeta metadata, Map<String, String> data, Map<String, String> binary) {
    ConfigMap map = new ConfigMap();
    map.setMetadata(metadata);
    map.setData(data == null ? null : new LinkedHashMap<>(data));
    map.setBinaryData(binary == null ? null : new LinkedHashMap<>(binary));
    return map;
  }
}
