package io.aigonix.generate;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.Map;

/** ObjectMeta of the scopes: name, namespace, labels and annotations of SPEC §2.1. */
final class Meta {
  private Meta() {}

  static ObjectMeta of(
      String name, String namespace, Map<String, String> labels, Map<String, String> annotations) {
    return new ObjectMetaBuilder()
        .withName(name)
        .withNamespace(namespace)
        .withLabels(labels)
        .withAnnotations(annotations)
        .build();
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
