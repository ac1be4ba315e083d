package io.aigonix.spec;

import io.aigonix.spec.MicroserviceSpec.AutoscalingSpec;
import io.aigonix.spec.MicroserviceSpec.HeadSpec;
import io.aigonix.spec.MicroserviceSpec.QuantitiesSpec;
import io.aigonix.spec.MicroserviceSpec.ResourcesSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SPEC §1.1: where a microservice is deployed and what it looks like there. The validator and the
 * model builder both use this, so what is checked is what is compiled.
 */
public final class Overrides {
  private Overrides() {}

  /** The environments a microservice is deployed to, in the application's order. */
  public static List<String> deployedTo(MicroserviceSpec ms, List<String> applicationEnvironments) {
    if (ms.environments() == null) {
      return List.copyOf(applicationEnvironments);
    }
    List<String> deployed = new ArrayList<>();
    for (String env : applicationEnvironments) {
      if (ms.environments().containsKey(env)) {
        deployed.add(env);
      }
    }
    return deployed;
  }

  /**
   * The microservice as it is in {@code environment}: the base with that environment's overrides.
   */
  public static MicroserviceSpec effective(MicroserviceSpec base, String environment) {
    OverrideSpec o = base.environments() == null ? null : base.environments().get(environment);
    if (o == null) {
      return base;
    }
    return new MicroserviceSpec(
        base.name(),
        base.objectName(),
        base.id(),
        head(base.head(), o.head()),
        o.runtime() != null ? o.runtime() : base.runtime(),
        o.publicPath() == null ? base.publicPath() : o.publicPath().orElse(null),
        o.replicas() != null ? o.replicas() : base.replicas(),
        autoscaling(base.autoscaling(), o),
        resources(base.resources(), o.resources()),
        base.serviceAccountName(),
        merge(base.env(), o.env()),
        base.secretEnv(),
        merge(base.configFiles(), o.configFiles()),
        base.environments(),
        base.eventHorizons());
  }

  private static HeadSpec head(HeadSpec base, HeadSpec o) {
    if (o == null) {
      return base;
    }
    if (base == null) {
      return o;
    }
    return new HeadSpec(
        pick(o.image(), base.image()),
        pick(o.armImage(), base.armImage()),
        pick(o.port(), base.port()),
        pick(o.command(), base.command()),
        pick(o.args(), base.args()),
        pick(o.probes(), base.probes()));
  }

  /**
   * The closer scope decides between a fixed count and the autoscaler: an environment's {@code
   * replicas} turns the microservice's autoscaling off there, its {@code autoscaling} merges field
   * by field over the microservice's (and wins over the microservice's {@code replicas}).
   */
  private static AutoscalingSpec autoscaling(AutoscalingSpec base, OverrideSpec o) {
    AutoscalingSpec a = o.autoscaling();
    if (a == null) {
      return o.replicas() != null ? null : base;
    }
    if (base == null) {
      return a;
    }
    return new AutoscalingSpec(
        pick(a.minReplicas(), base.minReplicas()),
        pick(a.maxReplicas(), base.maxReplicas()),
        pick(a.cpu(), base.cpu()),
        pick(a.memory(), base.memory()));
  }

  private static ResourcesSpec resources(ResourcesSpec base, ResourcesSpec o) {
    if (o == null) {
      return base;
    }
    if (base == null) {
      return o;
    }
    return new ResourcesSpec(
        quantities(base.requests(), o.requests()), quantities(base.limits(), o.limits()));
  }

  private static QuantitiesSpec quantities(QuantitiesSpec base, QuantitiesSpec o) {
    if (o == null) {
      return base;
    }
    if (base == null) {
      return o;
    }
    return new QuantitiesSpec(pick(o.cpu(), base.cpu()), pick(o.memory(), base.memory()));
  }

  /** Key-by-key merge in the base's order, new keys after; a null value removes the key. */
  private static <V> Map<String, V> merge(Map<String, V> base, Map<String, V> o) {
    if (o == null) {
      return base;
    }
    Map<String, V> merged = new LinkedHashMap<>();
    if (base != null) {
      merged.putAll(base);
    }
    for (Map.Entry<String, V> e : o.entrySet()) {
      if (e.getValue() == null) {
        merged.remove(e.getKey());
      } else {
        merged.put(e.getKey(), e.getValue());
      }
    }
    return merged;
  }

  private static <T> T pick(T override, T base) {
    return override != null ? override : base;
  }
}
