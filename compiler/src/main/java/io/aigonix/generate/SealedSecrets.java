package io.aigonix.generate;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * bitnami.com/v1alpha1 SealedSecret (fabric8 has no model for it). Strict scope, the controller's
 * default: no scope annotation, so the ciphertexts only open for this name and namespace. The
 * template carries the labels and annotations onto the Secret the controller writes, and its type.
 */
final class SealedSecrets {
  private SealedSecrets() {}

  static GenericKubernetesResource of(
      ObjectMeta meta, String type, Map<String, String> encryptedData) {
    GenericKubernetesResource sealed = new GenericKubernetesResource();
    sealed.setApiVersion("bitnami.com/v1alpha1");
    sealed.setKind("SealedSecret");
    sealed.setMetadata(meta);
    Map<String, Object> templateMeta = new LinkedHashMap<>();
    templateMeta.put("labels", new TreeMap<>(meta.getLabels()));
    templateMeta.put("annotations", new TreeMap<>(meta.getAnnotations()));
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("metadata", templateMeta);
    template.put("type", type);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("encryptedData", new TreeMap<>(encryptedData));
    spec.put("template", template);
    sealed.setAdditionalProperty("spec", spec);
    return sealed;
  }
}
