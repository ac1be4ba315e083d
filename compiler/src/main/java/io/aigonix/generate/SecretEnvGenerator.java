package io.aigonix.generate;

import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/** {@code <env>-<ms>-secret-env-variables}: a SealedSecret when the environment has sealed values. */
final class SecretEnvGenerator implements Generator<MsContext> {
  @Override
  public List<HasMetadata> generate(MsContext c) {
    if (c.ms().secretEnv().isEmpty()) {
      return List.of();
    }
    return List.of(SealedSecrets.of(Meta.of(c, Names.secretEnvVariables(c.env().name(), c.ms().name())),
        "Opaque", c.ms().secretEnv()));
  }
}
