package io.aigonix.model;

import java.util.List;
import java.util.Optional;

/** An application: one namespace, its environments (each with the microservices deployed there). */
public record Application(String name, String id, Optional<Registry> registry, List<Environment> environments) {
  public Application {
    environments = List.copyOf(environments);
  }

  public String namespace() {
    return Names.namespace(id);
  }

  /** The image pull secret {@code acr}: the registry host and its sealed .dockerconfigjson. */
  public record Registry(String server, String sealedDockerConfigJson) {}
}
