package io.aigonix.generate;

import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/**
 * {@code <env>-<ms>-dolittle}: the runtime's JSON files and the head's {@code clients.json}.
 * Present for every microservice, with or without a runtime: the head reads resources,
 * event-horizons and clients.
 */
final class DolittleConfigMapGenerator implements Generator<MsContext> {
  private final RuntimeConfig config;

  DolittleConfigMapGenerator(RuntimeConfig config) {
    this.config = config;
  }

  @Override
  public List<HasMetadata> generate(MsContext c) {
    return List.of(
        ConfigMaps.of(
            Meta.of(c, Names.dolittleConfigMap(c.env().objectName(), c.ms().objectName())),
            config.files(c),
            Map.of()));
  }
}
