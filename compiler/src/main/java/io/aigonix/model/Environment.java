package io.aigonix.model;

import java.util.List;
import java.util.Optional;

/**
 * An environment of an application with the microservices deployed to it, in the user's order. With
 * {@code edge} it is an ioFog edge network (SPEC §9): tenants, ingress and mongo do not apply
 * there.
 */
public record Environment(
    String name,
    String objectName,
    boolean production,
    List<Tenant> tenants,
    IngressSettings ingress,
    Mongo mongo,
    Optional<SecurityProfile> securityProfile,
    Optional<String> cluster,
    List<Microservice> microservices,
    Optional<SecretStore> secretStore,
    Optional<Edge> edge) {

  public Environment {
    tenants = List.copyOf(tenants);
    microservices = List.copyOf(microservices);
  }

  public Environment withMicroservices(List<Microservice> deployed) {
    return new Environment(
        name,
        objectName,
        production,
        tenants,
        ingress,
        mongo,
        securityProfile,
        cluster,
        deployed,
        secretStore,
        edge);
  }

  /**
   * The Pod Security Standard its pods meet: baseline unless {@code securityProfile: restricted} is
   * in effect.
   */
  public boolean restricted() {
    return securityProfile.orElse(SecurityProfile.BASELINE) == SecurityProfile.RESTRICTED;
  }

  /** The environment's MongoDB exists when a microservice there has a runtime. */
  public boolean hasMongo() {
    return microservices.stream().anyMatch(ms -> ms.runtime().isPresent());
  }

  public record Tenant(String id, List<Host> hosts) {
    public Tenant {
      hosts = List.copyOf(hosts);
    }
  }

  public record Host(String host, String secretName) {}

  public record IngressSettings(String className, String clusterIssuer) {}

  public record Mongo(String image, String storage, Optional<String> storageClass) {}

  /** The ioFog Agents of an edge environment and the Controller registry its images come from. */
  public record Edge(List<String> agents, String registry) {
    public Edge {
      agents = List.copyOf(agents);
    }
  }
}
