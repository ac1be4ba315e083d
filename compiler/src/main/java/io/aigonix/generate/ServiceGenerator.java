package io.aigonix.generate;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
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
    ServiceSpec spec = new ServiceSpec();
    spec.setSelector(Labels.of(c));
    spec.setPorts(ports);
    Service service = new Service();
    service.setMetadata(Meta.of(c, c.name()));
    service.setSpec(spec);
    return List.of(service);
  }

  private static ServicePort port(String name, int port) {
    ServicePort p = new ServicePort();
    p.setName(name);
    p.setPort(port);
    p.setTargetPort(new IntOrString(name));
    p.setProtocol("TCP");
    return p;
  }
}
