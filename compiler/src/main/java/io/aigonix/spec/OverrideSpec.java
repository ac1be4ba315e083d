package io.aigonix.spec;

import io.aigonix.spec.MicroserviceSpec.AutoscalingSpec;
import io.aigonix.spec.MicroserviceSpec.ConfigFileSpec;
import io.aigonix.spec.MicroserviceSpec.HeadSpec;
import io.aigonix.spec.MicroserviceSpec.PublicSpec;
import io.aigonix.spec.MicroserviceSpec.ResourcesSpec;
import java.util.Map;
import java.util.Optional;

/**
 * What one environment changes of a microservice. Null means "not overridden"; in {@code env} and
 * {@code configFiles} a null value removes the key; {@code public} is {@code Optional.empty()} when
 * written as null (not public in this environment), null when absent. {@code agent} is the ioFog
 * Agent in an edge environment (SPEC §9).
 */
public record OverrideSpec(
    HeadSpec head,
    RuntimeSpec runtime,
    Integer replicas,
    AutoscalingSpec autoscaling,
    ResourcesSpec resources,
    Map<String, String> env,
    Map<String, ConfigFileSpec> configFiles,
    Optional<PublicSpec> publicPath,
    String agent) {}
