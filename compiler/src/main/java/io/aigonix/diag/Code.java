package io.aigonix.diag;

/**
 * The catalogue of diagnostic codes. Codes are stable: tools and users match on them. AGX0xxx are
 * YAML problems, AGX1xxx schema problems, AGX2xxx semantic problems, AGX5xxx lint warnings (SPEC
 * §10). Every code has a sample under {@code samples/<sample>/} that triggers it, a row in the
 * README and an explanation for {@code aigonix explain} (all checked by tests).
 */
public enum Code {
  YAML_SYNTAX(
      "AGX0001", "invalid-yaml", "YAML syntax error", "The file is not well-formed YAML or JSON."),
  DUPLICATE_KEY(
      "AGX0002", "invalid-duplicate-key", "Duplicate key", "A mapping has the same key twice."),
  FILE_TOO_LARGE(
      "AGX0003",
      "invalid-too-large",
      "File too large",
      "The file is larger than 8 MiB, or has a line longer than 1 MiB."),
  NESTING_TOO_DEEP(
      "AGX0004",
      "invalid-too-deep",
      "Nesting too deep",
      "The document nests deeper than 100 levels."),
  ALIAS_LIMIT(
      "AGX0005",
      "invalid-alias-bomb",
      "Too many aliases",
      "Anchors and aliases expand to more nodes than allowed (alias bombs)."),
  UNSUPPORTED_YAML(
      "AGX0006",
      "invalid-yaml-value",
      "YAML value JSON cannot hold",
      "A custom or !!binary tag, .inf/.nan, a tagged value that does not parse, or a lone surrogate."),

  UNKNOWN_PROPERTY(
      "AGX1001",
      "invalid-unknown-property",
      "Unknown property",
      "A property the schema does not define; the message suggests the closest allowed name."),
  WRONG_TYPE("AGX1002", "invalid-wrong-type", "Wrong type", "A value has the wrong JSON type."),
  MISSING_PROPERTY(
      "AGX1003", "invalid-missing-property", "Missing property", "A required property is missing."),
  VALUE_NOT_ALLOWED(
      "AGX1004",
      "invalid-value-not-allowed",
      "Value not allowed",
      "A value is not one of the allowed values or shapes."),
  SCHEMA_CONSTRAINT(
      "AGX1005",
      "invalid-schema-constraint",
      "Schema constraint",
      "A value breaks a schema constraint such as a minimum or a minimum number of items."),

  DUPLICATE_NAME(
      "AGX2001",
      "invalid-duplicate-name",
      "Duplicate name",
      "Two customers, applications, environments or microservices share a name, ignoring case."),
  INVALID_NAME(
      "AGX2002",
      "invalid-name",
      "Invalid name",
      "A name is not 1-63 letters, digits, '-' and single spaces, starting and ending with a letter or digit."),
  INVALID_OBJECT_NAME(
      "AGX2003",
      "invalid-object-name",
      "Invalid Kubernetes name",
      "A derived Kubernetes object name or label value would be invalid (DNS-1123, DNS-1035, length)."),
  UNKNOWN_ENVIRONMENT(
      "AGX2004",
      "invalid-unknown-environment",
      "Unknown environment",
      "A microservice names an environment its application does not have."),
  UNKNOWN_PRODUCER(
      "AGX2005",
      "invalid-unknown-producer",
      "Unknown event-horizon producer",
      "An event horizon names a producer application or microservice that does not exist."),
  PRODUCER_WITHOUT_RUNTIME(
      "AGX2006",
      "invalid-producer-without-runtime",
      "Producer without runtime",
      "An event-horizon producer (or consumer) has no Dolittle Runtime."),
  NO_SHARED_ENVIRONMENT(
      "AGX2007",
      "invalid-no-shared-environment",
      "No shared environment",
      "An event-horizon producer and consumer are not deployed to a common environment."),
  DUPLICATE_PUBLIC_PATH(
      "AGX2008",
      "invalid-duplicate-public-path",
      "Duplicate public path",
      "Two public microservices use the same path in one environment."),
  MALFORMED_CIPHERTEXT(
      "AGX2009",
      "invalid-ciphertext",
      "Malformed sealed value",
      "A secretEnv or registry value is not a well-formed sealed-secrets ciphertext."),
  CONFIG_FILE_OUTSIDE(
      "AGX2010",
      "invalid-config-file-outside",
      "Config file outside the project",
      "A config file path is absolute or resolves (after symlinks) outside the folder of aigonix.yaml."),
  CONFIG_FILE_MISSING(
      "AGX2011",
      "invalid-config-file-missing",
      "Config file missing",
      "A config file does not exist, is not a regular file or cannot be read."),
  CONFIG_MAP_TOO_LARGE(
      "AGX2012",
      "invalid-configmap-too-large",
      "ConfigMap too large",
      "A microservice's config files add up to more than 1 MiB, the Kubernetes ConfigMap limit."),
  INVALID_PORT("AGX2013", "invalid-port", "Invalid port", "A port is outside 1-65535."),
  INVALID_GUID(
      "AGX2014", "invalid-guid", "Invalid GUID", "An id, tenant, scope or stream is not a GUID."),
  INVALID_ENV_NAME(
      "AGX2015",
      "invalid-env-name",
      "Invalid environment variable name",
      "An env or secretEnv key is not a valid environment variable name."),
  SECRET_IN_ENV(
      "AGX2016",
      "warning-secret-in-env",
      "Secret-looking plain env value",
      "An env key looks like a secret (PASSWORD, TOKEN, ...); put it in secretEnv, sealed."),
  DUPLICATE_ID(
      "AGX2017",
      "invalid-duplicate-id",
      "Duplicate id",
      "Two applications or two microservices of an application have the same id."),
  INVALID_PATH(
      "AGX2018",
      "invalid-public-path",
      "Invalid public path",
      "A public path does not start with '/' or contains characters an Ingress path cannot have."),
  INVALID_QUANTITY(
      "AGX2019",
      "invalid-quantity",
      "Invalid quantity",
      "A cpu, memory or storage value is not a non-negative Kubernetes quantity (25m, 0.5, 256Mi, 1e3)."),
  REQUEST_ABOVE_LIMIT(
      "AGX2020",
      "invalid-request-above-limit",
      "Request above limit",
      "A cpu or memory request is larger than its limit (after defaults and overrides)."),
  INVALID_HOST(
      "AGX2021",
      "invalid-host",
      "Invalid host",
      "A tenant host is not a lower-case DNS name or '*.' wildcard, or is an IP address (Ingress host rules)."),
  INVALID_REFERENCE(
      "AGX2022",
      "invalid-reference",
      "Invalid object reference",
      "A TLS secret, ingress class, cluster issuer, storage class, Flux source or Argo CD project/namespace name is not a valid Kubernetes name."),
  INVALID_IMAGE(
      "AGX2023",
      "invalid-image",
      "Invalid image reference",
      "An image is not a valid reference (registry[:port]/path[:tag][@digest], lower-case path)."),
  INVALID_DURATION(
      "AGX2024",
      "invalid-duration",
      "Invalid duration",
      "A Flux interval is not a Go duration Flux accepts (e.g. 5m, 1h30m, 90s)."),
  INVALID_URL(
      "AGX2025",
      "invalid-url",
      "Invalid URL",
      "An Argo CD repoURL or destination server is not a URL Argo CD can use."),
  INVALID_CONFIG_FILE_NAME(
      "AGX2026",
      "invalid-config-file-name",
      "Invalid config file name",
      "A config file name is not a valid ConfigMap key ([-._a-zA-Z0-9]+, not '.' or '..', at most 253 characters)."),
  CONTROL_CHARACTER(
      "AGX2027",
      "invalid-control-character",
      "Control character",
      "A value holds a NUL (or, in a one-line field, another control character) the receiver cannot take."),
  DUPLICATE_TENANT(
      "AGX2028",
      "invalid-duplicate-tenant",
      "Duplicate tenant",
      "An environment lists the same tenant id twice."),
  PRODUCER_TENANT_MISSING(
      "AGX2029",
      "invalid-producer-tenant",
      "Tenant missing at producer",
      "An event-horizon consumer's environment has a tenant that the producer's environment lacks."),
  INVALID_PROBE_PATH(
      "AGX2030",
      "invalid-probe-path",
      "Invalid probe path",
      "A probe path does not start with '/' or has characters an HTTP request path cannot have."),
  INVALID_AUTOSCALING(
      "AGX2031",
      "invalid-autoscaling",
      "Invalid autoscaling",
      "An autoscaling has no maxReplicas, a minReplicas above its maxReplicas, or no cpu or memory target."),
  AUTOSCALING_WITH_REPLICAS(
      "AGX2032",
      "invalid-autoscaling-with-replicas",
      "Autoscaling with replicas",
      "A microservice or an environment override sets both autoscaling and replicas."),
  PROBE_HANDLER(
      "AGX2033",
      "invalid-probe-handler",
      "Probe handler",
      "A probe has more than one handler, or none, of path (httpGet), tcp and exec."),
  UNKNOWN_CLUSTER(
      "AGX2034",
      "invalid-unknown-cluster",
      "Unknown cluster",
      "An environment names a cluster that gitops.clusters does not declare."),
  MISSING_CLUSTER(
      "AGX2035",
      "invalid-missing-cluster",
      "Missing cluster",
      "gitops.clusters is set and an environment names no cluster."),
  DUAL_SYNC(
      "AGX2036",
      "warning-dual-sync",
      "Cluster synced twice",
      "A cluster without sync would get both Flux and Argo CD objects, because both are enabled."),
  MIXED_SECRET_SOURCES(
      "AGX2037",
      "invalid-mixed-secret-sources",
      "Sealed and referenced secrets mixed",
      "One microservice in one environment (or one registry) has both sealed values and secret-store "
          + "references: one Secret cannot have two writers."),
  SECRET_STORE_MISSING(
      "AGX2038",
      "invalid-secret-store-missing",
      "Secret reference without a store",
      "A secretEnv or registry value is a secret-store reference, but no secretStore applies there."),
  INVALID_SECRET_REF(
      "AGX2039",
      "invalid-secret-ref",
      "Invalid secret reference",
      "A secret-store reference's ref (or property, version) is empty or has non-printable characters."),
  EDGE_RUNTIME(
      "AGX2040",
      "invalid-edge-runtime",
      "Runtime on the edge",
      "A microservice has a Dolittle Runtime in an edge environment; the Event Store needs a cluster."),
  EDGE_SECRET_ENV(
      "AGX2041",
      "invalid-edge-secret-env",
      "secretEnv on the edge",
      "A secretEnv value is sealed for an edge environment; ioFog v3 has no secret transport."),
  EDGE_EVENT_HORIZON(
      "AGX2042",
      "invalid-edge-event-horizon",
      "Event horizon on the edge",
      "A microservice with event horizons is deployed to an edge environment, where there is no runtime."),
  EDGE_TENANT_HOSTS(
      "AGX2043",
      "invalid-edge-tenant-hosts",
      "Tenant hosts on the edge",
      "An edge environment's tenant has hosts; an edge node has no Ingress."),
  EDGE_ENTRYPOINT(
      "AGX2044",
      "invalid-edge-entrypoint",
      "Entrypoint override on the edge",
      "A microservice sets head.command in an edge environment; ioFog cannot replace the image's entrypoint."),
  EDGE_AGENT(
      "AGX2045",
      "invalid-edge-agent",
      "Unknown or missing agent",
      "A microservice names an agent its edge environment does not list, names none where the environment has several, "
          + "or names one in a Kubernetes environment."),
  EDGE_NAME_TOO_SHORT(
      "AGX2046",
      "invalid-edge-name",
      "ioFog name too short",
      "A microservice deployed to an edge environment, or an agent, has a name under 3 characters."),
  EDGE_RESERVED_PORT(
      "AGX2047",
      "invalid-edge-reserved-port",
      "Reserved ioFog port",
      "An edge microservice's external port is 54321 or 54322, which the ioFog Controller reserves."),
  EDGE_PORT_CONFLICT(
      "AGX2048",
      "invalid-edge-port-conflict",
      "External port taken on the agent",
      "Two microservices on one ioFog agent use the same external port."),
  EDGE_IGNORED_FIELD(
      "AGX2049",
      "warning-edge-ignored-field",
      "Kubernetes-only setting on the edge",
      "resources, probes or replicas > 1 of a microservice in an edge environment, where they are ignored."),
  PUBLIC_PATH_MISSING(
      "AGX2050",
      "invalid-public-path-missing",
      "Public path missing",
      "A microservice is public in a Kubernetes environment but has no public.path."),

  // AGX5xxx: lint (SPEC §10), warnings about twelve-factor and platform practice.
  UNPINNED_IMAGE(
      "AGX5001",
      "warning-unpinned-image",
      "Image not pinned",
      "An image has no tag or the tag 'latest', so what runs changes without a change to this file."),
  SINGLE_REPLICA_IN_PRODUCTION(
      "AGX5002",
      "warning-single-replica",
      "One replica in production",
      "A microservice runs one replica (explicitly or by default) in a production environment."),
  PUBLIC_WITHOUT_PROBES(
      "AGX5003",
      "warning-public-without-probes",
      "Public microservice without probes",
      "A public microservice has no readiness or no liveness probe, so traffic reaches pods that are not ready."),
  CREDENTIALS_IN_PLAIN_CONFIG(
      "AGX5004",
      "warning-credentials-in-config",
      "Credentials in plain configuration",
      "A plain env value or a config file holds a connection string or key with credentials; they belong in secretEnv."),
  FOREIGN_BACKING_SERVICE(
      "AGX5005",
      "warning-foreign-backing-service",
      "Another environment's backing service",
      "A value deployed to one environment names another environment's MongoDB or microservice (dev-mongo in Prod)."),
  VERSION_DRIFT(
      "AGX5006",
      "warning-version-drift",
      "Version drift between environments",
      "The head image or the runtime version of a microservice differs between its environments."),
  LOG_FILE_SINK(
      "AGX5007",
      "warning-log-file-sink",
      "Logs written to a file",
      "A config file or env value sends logs to a file (Serilog, NLog, log4net file sinks, logFile keys) instead of stdout."),
  SHARED_IMAGE_REPOSITORY(
      "AGX5008",
      "warning-shared-image-repository",
      "Two microservices from one image",
      "Two microservices run head images from the same image repository.");

  private final String id;
  private final String sample;
  private final String title;
  private final String description;

  Code(String id, String sample, String title, String description) {
    this.id = id;
    this.sample = sample;
    this.title = title;
    this.description = description;
  }

  public String id() {
    return id;
  }

  /** The folder under {@code samples/} whose input triggers this code. */
  public String sample() {
    return sample;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Severity defaultSeverity() {
    return this == SECRET_IN_ENV || this == DUAL_SYNC || this == EDGE_IGNORED_FIELD || isLint()
        ? Severity.WARNING
        : Severity.ERROR;
  }

  /** The AGX5xxx lint codes: warnings about practice, not about the file's validity. */
  public boolean isLint() {
    return id.startsWith("AGX5");
  }
}
