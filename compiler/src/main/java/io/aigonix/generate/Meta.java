package io.aigonix.generate;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ObjectMeta of the scopes: name, namespace, labels and annotations of SPEC §2.1. Set directly, not
 * through ObjectMetaBuilder: every object has one, and a builder copies each map twice.
 */
final class Meta {
  private Meta() {}

  static ObjectMeta of(
      String name, String namespace, Map<String, String> labels, Map<String, String> annotations) {
    ObjectMeta meta = new ObjectMeta();
    meta.setName(name);
    meta.setNamespace(namespace);
    meta.setLabels(labels == null ? null : new LinkedHashMap<>(labels));
    meta.setAnnotations(annotations == null ? null : new LinkedHashMap<>(annotations));
    return meta;
  }

  static ObjectMeta of(AppContext c, String name) {
    return of(name, c.app().namespace(), Labels.of(c), Labels.annotations(c));
  }

  static ObjectMeta of(EnvContext c, String name) {
    return of(name, c.namespace(), Labels.of(c), Labels.annotations(c));
  }

  static ObjectMeta of(MsContext c, String name) {
    return of(name, c.namespace(), Labels.of(c), Labels.annotations(c));
  }
}
