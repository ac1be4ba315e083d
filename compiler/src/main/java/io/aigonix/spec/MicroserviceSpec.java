package io.aigonix.spec;

import java.util.List;
import java.util.Map;

/**
 * A microservice as written. Maps keep the user's order ({@link java.util.LinkedHashMap} from
 * Jackson); {@code environments} values are null for an environment listed without overrides.
 */
public record MicroserviceSpec(
    String name,
    String objectName,
    String id,
    HeadSpec head,
    RuntimeSpec runtime,
    PublicSpec publicPath,
    Integer replicas,
    AutoscalingSpec autoscaling,
    ResourcesSpec resources,
    String serviceAccountName,
    Map<String, String> env,
    Map<String, Map<String, SecretValueSpec>> secretEnv,
    Map<String, ConfigFileSpec> configFiles,
    Map<String, OverrideSpec> environments,
    List<EventHorizonSpec> eventHorizons) {

  public MicroserviceSpec {
    eventHorizons = eventHorizons == null ? List.of() : List.copyOf(eventHorizons);
  }

  public record HeadSpec(
      String image,
      String armImage,
      Integer port,
      List<String> command,
      List<String> args,
      ProbesSpec probes) {}

  public record ProbesSpec(ProbeSpec liveness, ProbeSpec readiness, ProbeSpec startup) {}

  /**
   * One probe: exactly one handler ({@code path} for httpGet, {@code tcp: true}, {@code exec}), and
   * timings.
   */
  public record ProbeSpec(
      String path,
      Boolean tcp,
      List<String> exec,
      Integer port,
      Integer initialDelaySeconds,
      Integer periodSeconds,
      Integer timeoutSeconds,
      Integer failureThreshold) {}

  /**
   * SPEC §12: an autoscaling/v2 HorizontalPodAutoscaler; targets are average utilisation in
   * percent.
   */
  public record AutoscalingSpec(
      Integer minReplicas, Integer maxReplicas, Integer cpu, Integer memory) {}

  /**
   * {@code path}/{@code pathType} are for Kubernetes, {@code port}/{@code schemes} for edge
   * environments.
   */
  public record PublicSpec(String path, String pathType, Integer port, List<String> schemes) {}

  public record ResourcesSpec(QuantitiesSpec requests, QuantitiesSpec limits) {}

  public record QuantitiesSpec(String cpu, String memory) {}

  public record ConfigFileSpec(String file, String content) {}

  public record EventHorizonSpec(
      ProducerSpec producer, String scope, String stream, String partition) {}

  public record ProducerSpec(String microservice, String application) {}
}
