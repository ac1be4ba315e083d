package io.aigonix.spec;

import java.util.List;

public record ApplicationSpec(
    String name,
    String id,
    RegistrySpec registry,
    String securityProfile,
    List<EnvironmentSpec> environments,
    List<MicroserviceSpec> microservices) {

  public ApplicationSpec {
    environments = environments == null ? List.of() : List.copyOf(environments);
    microservices = microservices == null ? List.of() : List.copyOf(microservices);
  }

  public record RegistrySpec(String server, String sealedDockerConfigJson) {}
}
