package io.aigonix.generate;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <env>-<ms>}: port {@code http} (the head port) and {@code runtime} 50052 with a runtime.
 */
final class ServiceGenerator implements Generator<MsContext> {
  @Override
  public List<HasMetadata> generate(MsContext c) {
    List<ServicePort> ports = new ArrayList<>();
    ports.add(port("http", c.ms().head().port()));
    if (c.ms().runtime().isPresent()) {
      ports.add(port("runtime", Ports.RUNTIME));
    }
    return List.of(
        new ServiceBuilder()
            .withMetadata(Meta.of(c, c.name()))
            .withNewSpec()
            .withSelector(Labels.of(c))
            .withPorts(ports)
            .endSpec()
            .build());
  }

  private static ServicePort port(String name, int port) {
    return new ServicePortBuilder()
        .withName(name)
        .withPort(port)
        .withTargetPort(new IntOrString(name))
        .withProtocol("TCP")
        .build();
  }
}
