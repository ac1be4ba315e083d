package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec.AutoscalingSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.HashSet;
import java.util.Set;

/**
 * AGX2031: the autoscaling a microservice has in each environment, overrides merged as compile
 * merges them, has a {@code maxReplicas}, {@code minReplicas ≤ maxReplicas} and a cpu or memory
 * target. A problem is reported once, in the scope closest to the environment that writes
 * autoscaling.
 */
public final class AutoscalingRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    Set<String> reported = new HashSet<>();
    for (Walk.Ms ms : ctx.microservices()) {
      for (Walk.Deployed d : ctx.deployments(ms)) {
        AutoscalingSpec a = d.effective().autoscaling();
        if (a == null) {
          continue;
        }
        var override =
            ms.spec().environments() == null ? null : ms.spec().environments().get(d.environment());
        boolean own = override != null && override.autoscaling() != null;
        String at = (own ? d.overridePointer() : ms.pointer()) + "/autoscaling";
        AutoscalingSpec written = own ? override.autoscaling() : ms.spec().autoscaling();
        if (a.maxReplicas() == null) {
          report(
              ctx,
              reported,
              at,
              "autoscaling of '" + ctx.name(ms) + "'" + where(ctx, d, own) + " has no maxReplicas",
              "give the most pods the autoscaler may run, e.g. maxReplicas: 10");
        } else if (a.minReplicas() != null && a.minReplicas() > a.maxReplicas()) {
          String field = written.maxReplicas() != null ? "/maxReplicas" : "/minReplicas";
          report(
              ctx,
              reported,
              at + field,
              "autoscaling of '"
                  + ctx.name(ms)
                  + "'"
                  + where(ctx, d, own)
                  + ": minReplicas "
                  + a.minReplicas()
                  + " is more than maxReplicas "
                  + a.maxReplicas(),
              "lower minReplicas or raise maxReplicas");
        }
        if (a.cpu() == null && a.memory() == null) {
          report(
              ctx,
              reported,
              at,
              "autoscaling of '" + ctx.name(ms) + "'" + where(ctx, d, own) + " has no target",
              "give cpu and/or memory: the average utilisation (percent of the requests) to scale at");
        }
      }
    }
  }

  /** Which environment's overrides wrote it, for a message (made only when one is reported). */
  private static String where(RuleContext ctx, Walk.Deployed d, boolean own) {
    return own ? " in environment '" + ctx.environment(d.ms().app(), d.environment()) + "'" : "";
  }

  private static void report(
      RuleContext ctx, Set<String> reported, String pointer, String message, String hint) {
    if (reported.add(pointer + "\n" + message)) {
      ctx.reportAtKey(Code.INVALID_AUTOSCALING, pointer, message, hint);
    }
  }
}
