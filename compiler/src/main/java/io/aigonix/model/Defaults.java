package io.aigonix.model;

/** The defaults the schema documents, in one place. */
public final class Defaults {
  public static final String DEVELOPMENT_TENANT = "445f8ea8-1a6f-40d7-b2fc-796dba92dc44";
  static final int HEAD_PORT = 80;
  static final int REPLICAS = 1;
  public static final String CPU_REQUEST_PRODUCTION = "50m";
  public static final String CPU_REQUEST_OTHER = "25m";
  public static final String MEMORY_REQUEST = "256Mi";
  public static final String CPU_LIMIT = "2000m";
  public static final String MEMORY_LIMIT = "1Gi";
  static final String INGRESS_CLASS = "nginx";
  static final String CLUSTER_ISSUER = "letsencrypt-production";
  static final String MONGO_IMAGE = "dolittle/mongodb:4.2.2";
  static final String MONGO_STORAGE = "8Gi";
  static final String PATH_TYPE = "Prefix";
  static final java.util.List<String> EDGE_SCHEMES = java.util.List.of("https");
  static final String EDGE_REGISTRY = "remote";
  static final String PARTITION = "default";
  static final String GITOPS_PATH = ".";
  static final String FLUX_INTERVAL = "5m";
  static final String FLUX_SOURCE_KIND = "GitRepository";
  static final String FLUX_SOURCE_NAME = "flux-system";
  static final String FLUX_SOURCE_NAMESPACE = "flux-system";
  static final String ARGOCD_PROJECT = "default";
  static final String ARGOCD_TARGET_REVISION = "HEAD";
  static final String ARGOCD_NAMESPACE = "argocd";
  static final String ARGOCD_DESTINATION = "https://kubernetes.default.svc";
  static final int RUNTIME_PUBLIC_PORT = 50052;
  static final String EVENT_STORE_COMPATIBILITY = "V7";
  static final String SECRET_STORE_KIND = "ClusterSecretStore";
  static final String SECRET_REFRESH_INTERVAL = "1h";

  private Defaults() {}

  /**
   * SPEC §1: an environment is production when it says so, else when it is named "prod" in any
   * case.
   */
  public static boolean production(Boolean flag, String environmentName) {
    return or(flag, environmentName.equalsIgnoreCase("prod"));
  }

  static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
