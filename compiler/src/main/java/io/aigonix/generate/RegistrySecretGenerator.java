package io.aigonix.generate;

import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/** The image pull secret {@code acr} (SealedSecret of type kubernetes.io/dockerconfigjson). */
final class RegistrySecretGenerator implements Generator<AppContext> {
  @Override
  public List<HasMetadata> generate(AppContext c) {
    return c.app().registry()
        .<List<HasMetadata>>map(r -> List.of(SealedSecrets.of(Meta.of(c, Names.registrySecret()),
            "kubernetes.io/dockerconfigjson", Map.of(".dockerconfigjson", r.sealedDockerConfigJson()))))
        .orElse(List.of());
  }
}
