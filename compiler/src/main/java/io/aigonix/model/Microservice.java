package io.aigonix.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A microservice as deployed to one environment: overrides merged, defaults applied. {@code agent}
 * is the ioFog Agent it runs on in an edge environment (SPEC §9), empty in a Kubernetes one. {@code
 * objectName} is what object names use (the file's {@code objectName}, else the name's object form,
 * SPEC §1.2); labels use {@code name}.
 */
public record Microservice(
    String name,
    String objectName,
    String id,
    Head head,
    Optional<Runtime> runtime,
    Optional<PublicPath> publicPath,
    int replicas,
    Optional<Autoscaling> autoscaling,
    Resources resources,
    Optional<String> serviceAccountName,
    SortedMap<String, String> env,
    SortedMap<String, SecretValue> secretEnv,
    SortedMap<String, ConfigFile> configFiles,
    List<Subscription> subscriptions,
    List<Consent> consents,
    Optional<String> agent) {

  public Microservice {
    env = Collections.unmodifiableSortedMap(new TreeMap<>(env));
    secretEnv = Collections.unmodifiableSortedMap(new TreeMap<>(secretEnv));
    configFiles = Collections.unmodifiableSortedMap(new TreeMap<>(configFiles));
    subscriptions = List.copyOf(subscriptions);
    consents = List.copyOf(consents);
  }

  public Microservice withEventHorizons(List<Subscription> subscriptions, List<Consent> consents) {
    return new Microservice(
        name,
        objectName,
        id,
        head,
        runtime,
        publicPath,
        replicas,
        autoscaling,
        resources,
        serviceAccountName,
        env,
        secretEnv,
        configFiles,
        subscriptions,
        consents,
        agent);
  }

  public record Head(
      String image,
      Optional<String> armImage,
      int port,
      List<String> command,
      List<String> args,
      Optional<Probe> liveness,
      Optional<Probe> readiness,
      Optional<Probe> startup) {
    public Head {
      command = List.copyOf(command);
      args = List.copyOf(args);
    }
  }

  /**
   * A probe with one handler: an HTTP GET of {@code path}, a TCP connect ({@code tcp}) or a command
   * ({@code exec}, not empty); an empty port means the head's named port {@code http}.
   */
  public record Probe(
      Optional<String> path,
      boolean tcp,
      List<String> exec,
      Optional<Integer> port,
      Optional<Integer> initialDelaySeconds,
      Optional<Integer> periodSeconds,
      Optional<Integer> timeoutSeconds,
      Optional<Integer> failureThreshold) {
    public Probe {
      exec = List.copyOf(exec);
    }
  }

  /**
   * SPEC §12: the HorizontalPodAutoscaler's bounds and its targets (average utilisation in percent
   * of the requests); at least one target is present.
   */
  public record Autoscaling(
      int minReplicas, int maxReplicas, Optional<Integer> cpu, Optional<Integer> memory) {}

  /**
   * The sidecar; {@code eventStoreCompatibility} is V6 or V7 (SPEC §2.3), used by the versions that
   * need it; its resources are the microservice's unless {@code runtime.resources} says otherwise.
   */
  public record Runtime(
      String image, boolean nativeSidecar, String eventStoreCompatibility, Resources resources) {
    /**
     * The image tag ("dolittle/runtime:8.0.0" → "8.0.0"), or "" without one; picks the templates.
     */
    public String version() {
      String last = image.substring(image.lastIndexOf('/') + 1);
      int at = last.indexOf('@');
      String name = at >= 0 ? last.substring(0, at) : last;
      int colon = name.lastIndexOf(':');
      return colon >= 0 ? name.substring(colon + 1) : "";
    }
  }

  /**
   * How it is public: {@code path}/{@code pathType} in a Kubernetes environment (path is null only
   * in an edge one), the router {@code port} (empty: the head's) and {@code schemes} in an edge
   * environment.
   */
  public record PublicPath(
      String path, String pathType, Optional<Integer> port, List<String> schemes) {
    public PublicPath {
      schemes = List.copyOf(schemes);
    }
  }

  /** Requests and limits of each container. */
  public record Resources(
      String requestsCpu, String requestsMemory, String limitsCpu, String limitsMemory) {}

  /**
   * A config file's bytes: UTF-8 text goes to {@code data}, anything else to {@code binaryData}.
   */
  public record ConfigFile(byte[] bytes) {
    public ConfigFile {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ConfigFile other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "ConfigFile[" + bytes.length + " bytes]";
    }
  }

  /** One tenant's subscription of this (consumer) microservice to a producer's public stream. */
  public record Subscription(
      String consumerTenant,
      String producerMicroserviceId,
      String producerTenant,
      String stream,
      String partition,
      String scope,
      String producerHost,
      int producerPort) {}

  /**
   * A consent this (producer) microservice gives a consumer for one subscription. The consumer's
   * application and microservice names say where its runtime connects from (for the network policy
   * of cross-application event horizons).
   */
  public record Consent(
      String producerTenant,
      String consumerMicroserviceId,
      String consumerTenant,
      String stream,
      String partition,
      String consentId,
      String consumerApplication,
      String consumerMicroservice) {

    public boolean crossesApplications(String producerApplication) {
      return !Names.object(consumerApplication).equals(Names.object(producerApplication));
    }
  }
}
