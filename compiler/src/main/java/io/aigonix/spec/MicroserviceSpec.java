package io.aigonix.spec;

import java.util.List;
import java.util.Map;

/**
 * A microservice as written. Maps keep the user's order ({@link java.util.LinkedHashMap} from Jackson);
 * {@code environments} values are null for an environment listed without overrides.
 */
public record MicroserviceSpec(
    String name,
    String id,
    HeadSpec head,
    RuntimeSpec runtime,
    PublicSpec publicPath,
    Integer replicas,
    ResourcesSpec resources,
    Map<String, String> env,
    Map<String, Map<String, String>> secretEnv,
    Map<String, ConfigFileSpec> configFiles,
    Map<String, OverrideSpec> environments,
    List<EventHorizonSpec> eventHorizons) {

  public MicroserviceSpec {
    eventHorizons = eventHorizons == null ? List.of() : List.copyOf(eventHorizons);
  }

  public record HeadSpec(
      String image, String armImage, Integer port, List<String> command, List<String> args, ProbesSpec probes) {}

  public record ProbesSpec(ProbeSpec liveness, ProbeSpec readiness) {}

  public record ProbeSpec(String path, Integer port, Integer initialDelaySeconds, Integer periodSeconds) {}

  /** {@code path}/{@code pathType} are for Kubernetes, {@code port}/{@code schemes} for edge environments. */
  public record PublicSpec(String path, String pathType, Integer port, List<String> schemes) {}

  public record ResourcesSpec(QuantitiesSpec requests, QuantitiesSpec limits) {}

  public record QuantitiesSpec(String cpu, String memory) {}

  public record ConfigFileSpec(String file, String content) {}

  public record EventHorizonSpec(ProducerSpec producer, String scope, String stream, String partition) {}

  public record ProducerSpec(String microservice, String application) {}
}
