package io.aigonix.generate;

import io.aigonix.model.SecretStore;
import io.aigonix.model.SecretValue;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * external-secrets.io/v1 ExternalSecret (fabric8 has no model for it), in place of a SealedSecret
 * (SPEC §8): same name, labels and annotations, and a target Secret of that name, so the
 * Deployment's {@code envFrom} and {@code imagePullSecrets} are the same either way. {@code
 * creationPolicy: Owner} makes ESO the Secret's only writer; {@code deletionPolicy: Retain} keeps
 * the last good Secret when the store is unreachable, so pods keep starting. {@code data} is sorted
 * by {@code secretKey}, which also makes the webhook's duplicate-secretKey rule hold by
 * construction (the keys are map keys).
 */
final class ExternalSecrets {
  static final String API_VERSION = "external-secrets.io/v1";
  static final String KIND = "ExternalSecret";

  private ExternalSecrets() {}

  /**
   * {@code type}: the target Secret's type when it is not Opaque (the registry's dockerconfigjson).
   */
  static GenericKubernetesResource of(
      ObjectMeta meta,
      SecretStore store,
      Optional<String> type,
      SortedMap<String, SecretValue.Reference> data) {
    GenericKubernetesResource external = new GenericKubernetesResource();
    external.setApiVersion(API_VERSION);
    external.setKind(KIND);
    external.setMetadata(meta);
    Map<String, Object> storeRef = new LinkedHashMap<>();
    storeRef.put("kind", store.kind());
    storeRef.put("name", store.name());
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("creationPolicy", "Owner");
    target.put("deletionPolicy", "Retain");
    target.put("name", meta.getName());
    type.ifPresent(t -> target.put("template", Map.of("type", t)));
    List<Object> entries = new ArrayList<>();
    data.forEach((secretKey, reference) -> entries.add(entry(secretKey, reference)));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("data", entries);
    spec.put("refreshInterval", store.refreshInterval());
    spec.put("secretStoreRef", storeRef);
    spec.put("target", target);
    external.setAdditionalProperty("spec", spec);
    return external;
  }

  private static Map<String, Object> entry(String secretKey, SecretValue.Reference reference) {
    Map<String, Object> remoteRef = new LinkedHashMap<>();
    remoteRef.put("key", reference.key());
    reference.property().ifPresent(p -> remoteRef.put("property", p));
    reference.version().ifPresent(v -> remoteRef.put("version", v));
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("remoteRef", remoteRef);
    entry.put("secretKey", secretKey);
    return entry;
  }
}
