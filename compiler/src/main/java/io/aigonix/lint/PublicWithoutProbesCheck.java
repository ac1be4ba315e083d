package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * AGX5003 (IX Disposability): a microservice behind the Ingress has a readiness probe (no traffic
 * before it is ready, none during shutdown) and a liveness probe (a hung pod is restarted).
 * Reported once per microservice, naming the missing probes and the environments. Private ones are
 * left alone.
 */
final class PublicWithoutProbesCheck implements LintCheck {

  @Override
  public void check(LintContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      Set<String> missing = new TreeSet<>();
      List<String> environments = new ArrayList<>();
      String at = null;
      for (Walk.Deployed d : ctx.deployments(ms)) {
        MicroserviceSpec effective = d.effective();
        if (effective.publicPath() == null) {
          continue;
        }
        MicroserviceSpec.ProbesSpec probes =
            effective.head() == null ? null : effective.head().probes();
        List<String> lacking = new ArrayList<>();
        if (probes == null || probes.liveness() == null) {
          lacking.add("liveness");
        }
        if (probes == null || probes.readiness() == null) {
          lacking.add("readiness");
        }
        if (!lacking.isEmpty()) {
          missing.addAll(lacking);
          environments.add(d.environment());
          if (at == null) {
            at = ctx.has(ms.at("/public")) ? ms.at("/public") : d.overridePointer() + "/public";
          }
        }
      }
      if (at != null) {
        String kinds = String.join(" or ", missing);
        ctx.report(
            Code.PUBLIC_WITHOUT_PROBES,
            at,
            "public microservice '"
                + ctx.quoting().name(ms)
                + "' has no "
                + kinds
                + " probe"
                + (missing.size() > 1 ? "s" : "")
                + " ("
                + String.join(", ", shown(ctx, ms, environments))
                + ")",
            "add head.probes: { readiness: { path: /ready }, liveness: { path: /healthz } }: the Ingress then "
                + "sends traffic only to ready pods, and a hung pod is restarted");
      }
    }
  }

  private static List<String> shown(LintContext ctx, Walk.Ms ms, List<String> environments) {
    List<String> shown = new ArrayList<>();
    for (String env : environments) {
      shown.add(ctx.quoting().environment(ms.app(), env));
    }
    return shown;
  }
}
