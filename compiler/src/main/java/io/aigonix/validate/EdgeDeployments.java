package io.aigonix.validate;

import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.spec.OverrideSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SPEC §9: the deployments of microservices to edge environments and to Kubernetes ones, for the
 * rules that hold on one kind only; and where a setting of a deployment is written (its
 * environment's override when that sets it, else the microservice's own), so a rule points at the
 * line to change.
 */
public final class EdgeDeployments {
  /** A microservice in one environment, with that environment. */
  public record At(Walk.Deployed deployed, Walk.Env env) {
    public boolean edge() {
      return env.spec().isEdge();
    }

    public Walk.Ms ms() {
      return deployed.ms();
    }

    /** The environment's override of this microservice, when it has one. */
    public Optional<OverrideSpec> override() {
      var overrides = ms().spec().environments();
      return Optional.ofNullable(overrides == null ? null : overrides.get(deployed.environment()));
    }

    /**
     * Where {@code relative} (e.g. "/head/command") is written: the override's, else the
     * microservice's.
     */
    public String pointer(RuleContext ctx, String relative) {
      String inOverride = deployed.overridePointer() + relative;
      return ctx.source().locations().has(inOverride) ? inOverride : ms().at(relative);
    }
  }

  private EdgeDeployments() {}

  /**
   * Every deployment of every microservice, with its environment, in file order (rules take it from
   * {@link RuleContext#allDeployments} and {@link RuleContext#edgeDeployments}, computed once).
   */
  static List<At> all(Walks walks) {
    List<At> list = new ArrayList<>();
    for (Walk.App app : walks.applications()) {
      List<Walk.Env> envs = Walk.environments(app);
      for (Walk.Ms ms : Walk.microservices(app)) {
        for (Walk.Deployed d : walks.deployments(ms)) {
          for (Walk.Env e : envs) {
            if (e.spec().name().equals(d.environment())) {
              list.add(new At(d, e));
              break;
            }
          }
        }
      }
    }
    return list;
  }

  /** The names of an edge environment's agents. */
  public static List<String> agents(EnvironmentSpec env) {
    return env.isEdge() ? env.edge().agents() : List.of();
  }
}
