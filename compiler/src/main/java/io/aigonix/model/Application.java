package io.aigonix.model;

import java.util.List;
import java.util.Optional;

/** An application: one namespace, its environments (each with the microservices deployed there). */
public record Application(
    String name,
    String objectName,
    String id,
    Optional<Registry> registry,
    List<Environment> environments,
    Optional<SecretStore> secretStore) {
  public Application {
    environments = List.copyOf(environments);
  }

  public Application withEnvironments(List<Environment> replaced) {
    return new Application(name, objectName, id, registry, replaced, secretStore);
  }

  public String namespace() {
    return Names.namespace(id);
  }

  /**
   * The image pull secret {@code acr}: the registry host and its .dockerconfigjson, sealed or a
   * reference into the application's store.
   */
  public record Registry(String server, SecretValue dockerConfigJson) {}
}
