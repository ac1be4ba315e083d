package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.List;

/**
 * AGX2035: with {@code gitops.clusters}, every environment names its cluster; guessing one would
 * deploy an environment to a cluster nobody chose (a Prod on the Dev cluster).
 */
public final class MissingClusterRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    List<String> known = ClusterRule.clusters(ctx);
    if (known.isEmpty()) {
      return;
    }
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Env env : Walk.environments(app)) {
        // An edge environment (SPEC §9) runs on ioFog agents, not on a cluster.
        if (env.spec().cluster() == null && !env.spec().isEdge()) {
          ctx.report(
              Code.MISSING_CLUSTER,
              env.pointer(),
              "environment '"
                  + ctx.name(env)
                  + "' of application '"
                  + ctx.name(app)
                  + "' names no cluster",
              "with gitops.clusters every environment says where it runs: cluster: one of "
                  + String.join(", ", ClusterRule.shownKeys(ctx, known)));
        }
      }
    }
  }
}
