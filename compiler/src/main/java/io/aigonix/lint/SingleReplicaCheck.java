package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.validate.Walk;

/**
 * AGX5002 (VIII Concurrency, IX Disposability): in a production environment a microservice runs
 * more than one replica; one pod means downtime on every rollout, node drain and crash. Replicas 0
 * (parked on purpose) and environments that are not production are left alone.
 */
final class SingleReplicaCheck implements LintCheck {

  @Override
  public void check(LintContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Ms ms : Walk.microservices(app)) {
        for (Walk.Deployed d : ctx.deployments(ms)) {
          Integer replicas = d.effective().replicas();
          if (d.effective().autoscaling() != null) {
            // Autoscaled (SPEC §12): the floor is minReplicas (default 1), not replicas.
            replicas = d.effective().autoscaling().minReplicas();
          }
          if (!LintContext.production(LintContext.environment(app, d.environment()))
              || replicas != null && replicas != 1) {
            continue;
          }
          String env = ctx.quoting().environment(app, d.environment());
          String message =
              "'" + ctx.quoting().name(ms) + "' runs one replica in production environment " + env;
          String hint =
              "run two or more there (environments: { "
                  + env
                  + ": { replicas: 2 } })"
                  + " so a rollout or a node drain keeps it up";
          ctx.report(
              Code.SINGLE_REPLICA_IN_PRODUCTION,
              where(ctx, ms, d),
              replicas == null ? message + " (replicas defaults to 1)" : message,
              hint);
        }
      }
    }
  }

  /**
   * The replicas value that applies, else the environment's override, else the microservice's name.
   */
  private static String where(LintContext ctx, Walk.Ms ms, Walk.Deployed d) {
    for (String pointer :
        new String[] {d.overridePointer() + "/replicas", ms.at("/replicas"), d.overridePointer()}) {
      if (ctx.has(pointer)) {
        return pointer;
      }
    }
    return ms.at("/name");
  }
}
