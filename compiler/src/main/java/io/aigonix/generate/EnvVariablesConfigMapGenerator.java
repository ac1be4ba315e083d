package io.aigonix.generate;

import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/** {@code <env>-<ms>-env-variables}: the head's plain env, present even when empty. */
final class EnvVariablesConfigMapGenerator implements Generator<MsContext> {
  @Override
  public List<HasMetadata> generate(MsContext c) {
    return List.of(
        ConfigMaps.of(
            Meta.of(c, Names.envVariablesConfigMap(c.env().objectName(), c.ms().objectName())),
            c.ms().env(),
            Map.of()));
  }
}
