package io.aigonix.generate;

import io.aigonix.model.Names;
import io.aigonix.model.SecretValue;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code <env>-<ms>-secret-env-variables}: a SealedSecret when the environment's values are sealed,
 * an ExternalSecret from the environment's store when they are references (SPEC §8; the validator
 * refuses a mix, and references without a store).
 */
final class SecretEnvGenerator implements Generator<MsContext> {
  @Override
  public List<HasMetadata> generate(MsContext c) {
    if (c.ms().secretEnv().isEmpty()) {
      return List.of();
    }
    ObjectMeta meta =
        Meta.of(c, Names.secretEnvVariables(c.env().objectName(), c.ms().objectName()));
    SortedMap<String, String> sealed = new TreeMap<>();
    SortedMap<String, SecretValue.Reference> references = new TreeMap<>();
    c.ms()
        .secretEnv()
        .forEach(
            (key, value) -> {
              if (value instanceof SecretValue.Reference r) {
                references.put(key, r);
              } else {
                sealed.put(key, ((SecretValue.Sealed) value).ciphertext());
              }
            });
    if (references.isEmpty()) {
      return List.of(SealedSecrets.of(meta, "Opaque", sealed));
    }
    return List.of(
        ExternalSecrets.of(
            meta, c.env().secretStore().orElseThrow(), Optional.empty(), references));
  }
}
