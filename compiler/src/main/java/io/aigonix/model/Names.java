package io.aigonix.model;

import java.util.Locale;

/**
 * Every name aigonix derives, in one place: object names, namespaces, label values (the output's
 * folder and file names are {@code io.aigonix.layout.Layout}'s, built from {@link #object}). The
 * validator checks these same names, the generators use them, and {@code seal} seals for them, so
 * the three can never disagree. Names follow the Aigonix platform (see
 * reference/aigonix-platform.md).
 */
public final class Names {
  private Names() {}

  /**
   * Object and folder form of a name: lower case, spaces as '-' ("Scanner Gateway" →
   * "scanner-gateway").
   */
  public static String object(String name) {
    return name.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  /**
   * The object form of an entity whose file may give {@code objectName}: that, else {@link
   * #object(String)} of its name. Every object and folder name starts from this one choice.
   */
  public static String object(String name, String objectName) {
    return objectName != null ? objectName : object(name);
  }

  /** Label form of a name: case kept, spaces as '_' ("Scanner Gateway" → "Scanner_Gateway"). */
  public static String label(String name) {
    return name.replace(' ', '_');
  }

  public static String namespace(String applicationId) {
    return "application-" + applicationId.toLowerCase(Locale.ROOT);
  }

  /** Deployment and Service name: {@code <env>-<microservice>}. */
  public static String microservice(String environment, String microservice) {
    return object(environment) + "-" + object(microservice);
  }

  public static String dolittleConfigMap(String environment, String microservice) {
    return microservice(environment, microservice) + "-dolittle";
  }

  public static String envVariablesConfigMap(String environment, String microservice) {
    return microservice(environment, microservice) + "-env-variables";
  }

  public static String configFilesConfigMap(String environment, String microservice) {
    return microservice(environment, microservice) + "-config-files";
  }

  public static String secretEnvVariables(String environment, String microservice) {
    return microservice(environment, microservice) + "-secret-env-variables";
  }

  public static String ingress(String environment, String microservice, String tenantId) {
    return microservice(environment, microservice)
        + "-"
        + tenantId.toLowerCase(Locale.ROOT).substring(0, 7);
  }

  public static String ingressNetworkPolicy(String environment, String microservice) {
    return microservice(environment, microservice) + "-ingress";
  }

  /**
   * NetworkPolicy letting other applications' event-horizon consumers reach a producer's runtime.
   */
  public static String eventHorizonNetworkPolicy(String environment, String microservice) {
    return microservice(environment, microservice) + "-event-horizons";
  }

  public static String tenantsConfigMap(String environment) {
    return object(environment) + "-tenants";
  }

  public static String environmentNetworkPolicy(String environment) {
    return object(environment);
  }

  public static String mongo(String environment) {
    return object(environment) + "-mongo";
  }

  /** The image pull secret of an application's namespace. */
  public static String registrySecret() {
    return "acr";
  }

  /** Flux Kustomization / Argo CD Application of an application's own folder. */
  public static String gitopsApplication(String application) {
    return object(application);
  }

  /** Flux Kustomization / Argo CD Application of one environment of an application. */
  public static String gitopsEnvironment(String application, String environment) {
    return object(application) + "-" + object(environment);
  }

  /** SPEC §9: the iofog.org/v3 Application of an edge environment, {@code <app>-<env>}. */
  public static String edgeApplication(String application, String environment) {
    return object(application) + "-" + object(environment);
  }

  /** SPEC §9: a microservice in an edge Application (ioFog wants at least 3 characters). */
  public static String edgeMicroservice(String microservice) {
    return object(microservice);
  }

  /** SPEC §9: the ioFog Volume of a microservice's config files, {@code <app>-<env>-<ms>}. */
  public static String edgeVolume(String application, String environment, String microservice) {
    return edgeApplication(application, environment) + "-" + object(microservice);
  }

  /** SPEC §9: where an edge microservice's config files are copied to on its Agent. */
  public static String edgeVolumeDestination(
      String application, String environment, String microservice) {
    return "/var/lib/aigonix/"
        + object(application)
        + "/"
        + object(environment)
        + "/"
        + object(microservice);
  }

  /** In-cluster address of a microservice's runtime, used by event-horizon consumers. */
  public static String runtimeHost(String environment, String microservice, String applicationId) {
    return microservice(environment, microservice)
        + "."
        + namespace(applicationId)
        + ".svc.cluster.local";
  }

  public static String mongoHost(String environment, String applicationId) {
    return mongo(environment) + "." + namespace(applicationId) + ".svc.cluster.local";
  }

  /** Default TLS secret of a host without one: its name with dots as dashes plus "-tls". */
  public static String tlsSecret(String host) {
    return host.toLowerCase(Locale.ROOT).replace('.', '-').replace('*', 'x') + "-tls";
  }

  /** Volume claim template of the environment's MongoDB: {@code <env>-mongo-storage}. */
  public static String mongoStorage(String environment) {
    return mongo(environment) + "-storage";
  }

  /**
   * The name an event-horizon consent id is derived from (UUIDv5, SPEC §2.3): one per environment,
   * consumer, producer, tenant, stream, partition and scope, so the same subscription always gets
   * the same consent and two subscriptions never share one.
   */
  public static String consent(
      String environment,
      String consumerId,
      String producerId,
      String tenant,
      String stream,
      String partition,
      String scope) {
    return String.join(
            "/",
            "consent",
            object(environment),
            consumerId,
            producerId,
            tenant,
            stream,
            partition,
            scope)
        .toLowerCase(Locale.ROOT);
  }
}
