package io.aigonix.spec;

import java.util.List;

public record ApplicationSpec(
    String name,
    String objectName,
    String id,
    RegistrySpec registry,
    String securityProfile,
    List<EnvironmentSpec> environments,
    List<MicroserviceSpec> microservices,
    SecretStoreSpec secretStore) {

  public ApplicationSpec {
    environments = environments == null ? List.of() : List.copyOf(environments);
    microservices = microservices == null ? List.of() : List.copyOf(microservices);
  }

  /**
   * Exactly one of {@code sealedDockerConfigJson} and {@code dockerConfigJson} is set (AGX2037
   * otherwise).
   */
  public record RegistrySpec(
      String server, String sealedDockerConfigJson, SecretValueSpec.Reference dockerConfigJson) {}
}
