package io.aigonix.generate;

import io.aigonix.model.Application.Registry;
import io.aigonix.model.Names;
import io.aigonix.model.SecretValue;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The image pull secret {@code acr} of type kubernetes.io/dockerconfigjson: a SealedSecret, or an
 * ExternalSecret from the application's store when {@code registry.dockerConfigJson} is a
 * reference.
 */
final class RegistrySecretGenerator implements Generator<AppContext> {
  private static final String TYPE = "kubernetes.io/dockerconfigjson";
  private static final String KEY = ".dockerconfigjson";

  @Override
  public List<HasMetadata> generate(AppContext c) {
    return c.app().registry().<List<HasMetadata>>map(r -> List.of(secret(c, r))).orElse(List.of());
  }

  private static HasMetadata secret(AppContext c, Registry registry) {
    ObjectMeta meta = Meta.of(c, Names.registrySecret());
    if (registry.dockerConfigJson() instanceof SecretValue.Reference r) {
      return ExternalSecrets.of(
          meta,
          c.app().secretStore().orElseThrow(),
          Optional.of(TYPE),
          new TreeMap<>(Map.of(KEY, r)));
    }
    return SealedSecrets.of(
        meta, TYPE, Map.of(KEY, ((SecretValue.Sealed) registry.dockerConfigJson()).ciphertext()));
  }
}
