package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Suggestions;
import io.aigonix.validate.Walk;
import java.util.List;
import java.util.Map;

/**
 * AGX2034: an environment's {@code cluster} is a key of {@code gitops.clusters} (naming one without
 * any clusters is the same mistake): an environment never reaches a cluster aigonix does not know.
 */
public final class ClusterRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    List<String> known = clusters(ctx);
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Env env : Walk.environments(app)) {
        String cluster = env.spec().cluster();
        if (cluster != null && !known.contains(cluster)) {
          String hint =
              known.isEmpty()
                  ? "declare it under gitops.clusters, with the tool that syncs it"
                  : Suggestions.closest(cluster, known)
                      .map(s -> "did you mean '" + s + "'?")
                      .orElse("gitops.clusters has: " + String.join(", ", known));
          ctx.report(
              Code.UNKNOWN_CLUSTER,
              env.pointer() + "/cluster",
              "environment '"
                  + env.spec().name()
                  + "' of application '"
                  + app.spec().name()
                  + "' names cluster '"
                  + cluster
                  + "', which gitops.clusters does not declare",
              hint);
        }
      }
    }
  }

  static List<String> clusters(RuleContext ctx) {
    Map<String, ?> clusters = ctx.spec().gitops() == null ? null : ctx.spec().gitops().clusters();
    return clusters == null ? List.of() : List.copyOf(clusters.keySet());
  }
}
