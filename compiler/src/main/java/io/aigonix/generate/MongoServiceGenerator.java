package io.aigonix.generate;

import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.List;

/** {@code <env>-mongo}: the headless Service of the environment's MongoDB, when it has one. */
final class MongoServiceGenerator implements Generator<EnvContext> {
  @Override
  public List<HasMetadata> generate(EnvContext c) {
    if (!c.env().hasMongo()) {
      return List.of();
    }
    return List.of(
        new ServiceBuilder()
            .withMetadata(
                Meta.of(
                    Names.mongo(c.env().objectName()),
                    c.namespace(),
                    MongoLabels.of(c),
                    Labels.annotations(c)))
            .withNewSpec()
            .withClusterIP("None")
            .withSelector(MongoLabels.of(c))
            .addNewPort()
            .withName("mongo")
            .withPort(Ports.MONGO)
            .withTargetPort(new IntOrString("mongo"))
            .withProtocol("TCP")
            .endPort()
            .endSpec()
            .build());
  }
}
