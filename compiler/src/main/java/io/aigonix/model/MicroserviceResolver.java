package io.aigonix.model;

import static io.aigonix.model.Defaults.or;

import io.aigonix.model.Microservice.Autoscaling;
import io.aigonix.model.Microservice.ConfigFile;
import io.aigonix.model.Microservice.Head;
import io.aigonix.model.Microservice.Probe;
import io.aigonix.model.Microservice.PublicPath;
import io.aigonix.model.Microservice.Resources;
import io.aigonix.model.Microservice.Runtime;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.spec.MicroserviceSpec.AutoscalingSpec;
import io.aigonix.spec.MicroserviceSpec.ConfigFileSpec;
import io.aigonix.spec.MicroserviceSpec.ProbeSpec;
import io.aigonix.spec.MicroserviceSpec.QuantitiesSpec;
import io.aigonix.spec.Overrides;
import io.aigonix.spec.SecretValueSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One microservice in one environment: overrides merged (SPEC §1.1), defaults applied, files read.
 */
final class MicroserviceResolver {
  private final ConfigFileSource files;

  MicroserviceResolver(ConfigFileSource files) {
    this.files = files;
  }

  /**
   * {@code keyPrefix}: the environment's store prefix, put before each reference's {@code ref};
   * {@code agent}: the ioFog Agent it runs on in an edge environment, else empty.
   */
  Microservice resolve(
      String applicationId,
      MicroserviceSpec base,
      String environment,
      boolean production,
      String keyPrefix,
      Optional<String> agent) {
    MicroserviceSpec ms = Overrides.effective(base, environment);
    String id = Ids.microservice(applicationId, ms);
    int port = or(ms.head().port(), Defaults.HEAD_PORT);
    MicroserviceSpec.ProbesSpec probes = ms.head().probes();
    Head head =
        new Head(
            ms.head().image(),
            Optional.ofNullable(ms.head().armImage()),
            port,
            or(ms.head().command(), List.of()),
            or(ms.head().args(), List.of()),
            probe(probes == null ? null : probes.liveness()),
            probe(probes == null ? null : probes.readiness()),
            probe(probes == null ? null : probes.startup()));
    Resources resources = resources(ms.resources(), production);
    Optional<Runtime> runtime =
        Optional.ofNullable(ms.runtime())
            .filter(r -> !r.isNone())
            .map(
                r ->
                    new Runtime(
                        r.image(),
                        Boolean.TRUE.equals(r.nativeSidecar()),
                        or(r.eventStoreCompatibility(), Defaults.EVENT_STORE_COMPATIBILITY),
                        over(resources, r.resources())));
    Optional<PublicPath> publicPath =
        Optional.ofNullable(ms.publicPath())
            .map(
                p ->
                    new PublicPath(
                        p.path(),
                        or(p.pathType(), Defaults.PATH_TYPE),
                        Optional.ofNullable(p.port()),
                        or(p.schemes(), Defaults.EDGE_SCHEMES)));
    return new Microservice(
        ms.name(),
        Names.object(ms.name(), ms.objectName()),
        id,
        head,
        runtime,
        publicPath,
        or(ms.replicas(), Defaults.REPLICAS),
        Optional.ofNullable(ms.autoscaling()).map(MicroserviceResolver::autoscaling),
        resources,
        Optional.ofNullable(ms.serviceAccountName()),
        new TreeMap<>(or(ms.env(), Map.of())),
        secretEnv(ms.secretEnv(), environment, keyPrefix),
        configFiles(ms.configFiles()),
        List.of(),
        List.of(),
        agent);
  }

  private static Optional<Probe> probe(ProbeSpec p) {
    return Optional.ofNullable(p)
        .map(
            s ->
                new Probe(
                    Optional.ofNullable(s.path()),
                    Boolean.TRUE.equals(s.tcp()),
                    or(s.exec(), List.of()),
                    Optional.ofNullable(s.port()),
                    Optional.ofNullable(s.initialDelaySeconds()),
                    Optional.ofNullable(s.periodSeconds()),
                    Optional.ofNullable(s.timeoutSeconds()),
                    Optional.ofNullable(s.failureThreshold())));
  }

  private static Autoscaling autoscaling(AutoscalingSpec a) {
    return new Autoscaling(
        or(a.minReplicas(), Defaults.REPLICAS),
        a.maxReplicas(),
        Optional.ofNullable(a.cpu()),
        Optional.ofNullable(a.memory()));
  }

  /** {@code runtime.resources} over the microservice's resources, field by field. */
  private static Resources over(Resources base, MicroserviceSpec.ResourcesSpec r) {
    QuantitiesSpec requests = r == null ? null : r.requests();
    QuantitiesSpec limits = r == null ? null : r.limits();
    return new Resources(
        or(requests == null ? null : requests.cpu(), base.requestsCpu()),
        or(requests == null ? null : requests.memory(), base.requestsMemory()),
        or(limits == null ? null : limits.cpu(), base.limitsCpu()),
        or(limits == null ? null : limits.memory(), base.limitsMemory()));
  }

  private static Resources resources(MicroserviceSpec.ResourcesSpec r, boolean production) {
    QuantitiesSpec requests = r == null ? null : r.requests();
    QuantitiesSpec limits = r == null ? null : r.limits();
    return new Resources(
        or(
            requests == null ? null : requests.cpu(),
            production ? Defaults.CPU_REQUEST_PRODUCTION : Defaults.CPU_REQUEST_OTHER),
        or(requests == null ? null : requests.memory(), Defaults.MEMORY_REQUEST),
        or(limits == null ? null : limits.cpu(), Defaults.CPU_LIMIT),
        or(limits == null ? null : limits.memory(), Defaults.MEMORY_LIMIT));
  }

  /** This environment's values: variable → ciphertext or remote key. */
  private static TreeMap<String, SecretValue> secretEnv(
      Map<String, Map<String, SecretValueSpec>> secretEnv, String environment, String keyPrefix) {
    TreeMap<String, SecretValue> result = new TreeMap<>();
    if (secretEnv != null) {
      secretEnv.forEach(
          (key, perEnvironment) -> {
            if (perEnvironment != null && perEnvironment.get(environment) != null) {
              result.put(key, SecretValues.of(perEnvironment.get(environment), keyPrefix));
            }
          });
    }
    return result;
  }

  private TreeMap<String, ConfigFile> configFiles(Map<String, ConfigFileSpec> specs) {
    TreeMap<String, ConfigFile> result = new TreeMap<>();
    if (specs != null) {
      specs.forEach((name, spec) -> result.put(name, new ConfigFile(bytes(spec))));
    }
    return result;
  }

  private byte[] bytes(ConfigFileSpec spec) {
    if (spec.content() != null) {
      return spec.content().getBytes(StandardCharsets.UTF_8);
    }
    try {
      return files.read(spec.file());
    } catch (IOException e) {
      throw new UncheckedIOException("config file " + spec.file() + " could not be read", e);
    }
  }
}
