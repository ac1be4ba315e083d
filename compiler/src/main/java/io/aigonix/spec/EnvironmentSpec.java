package io.aigonix.spec;

import java.util.List;

public record EnvironmentSpec(
    String name,
    String objectName,
    Boolean production,
    String sealingCertificate,
    List<TenantSpec> tenants,
    IngressSpec ingress,
    MongoSpec mongo,
    String securityProfile,
    String cluster,
    SecretStoreSpec secretStore,
    EdgeSpec edge) {

  public EnvironmentSpec {
    tenants = tenants == null ? null : List.copyOf(tenants);
  }

  public record TenantSpec(String id, List<HostSpec> hosts) {
    public TenantSpec {
      hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }
  }

  public record HostSpec(String host, String secretName) {}

  public record IngressSpec(String className, String clusterIssuer) {}

  public record MongoSpec(String image, String storage, String storageClass) {}

  /**
   * SPEC §9: an ioFog edge environment; {@code registry} as written ("remote", "local" or a
   * number).
   */
  public record EdgeSpec(List<String> agents, String registry) {
    public EdgeSpec {
      agents = agents == null ? List.of() : List.copyOf(agents);
    }
  }

  /** Whether this environment is an ioFog edge network rather than a Kubernetes cluster. */
  public boolean isEdge() {
    return edge != null;
  }
}
