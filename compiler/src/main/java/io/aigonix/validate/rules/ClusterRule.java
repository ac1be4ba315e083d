package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Suggestions;
import io.aigonix.validate.Walk;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
          String pointer = env.pointer() + "/cluster";
          String hint =
              known.isEmpty()
                  ? "declare it under gitops.clusters, with the tool that syncs it"
                  : hint(ctx, ctx.quotable(pointer), cluster, known);
          ctx.report(
              Code.UNKNOWN_CLUSTER,
              pointer,
              "environment '"
                  + ctx.name(env)
                  + "' of application '"
                  + ctx.name(app)
                  + "' names cluster '"
                  + ctx.show(pointer, cluster)
                  + "', which gitops.clusters does not declare",
              hint);
        }
      }
    }
  }

  /** "did you mean" only for a value that may be quoted: a copied one may be a secret. */
  private static String hint(
      RuleContext ctx, boolean quotable, String cluster, List<String> known) {
    Optional<String> closest = quotable ? Suggestions.closest(cluster, known) : Optional.empty();
    if (closest.isPresent()) {
      return "did you mean '" + ctx.showKey(closest.get()) + "'?";
    }
    return "gitops.clusters has: " + String.join(", ", shownKeys(ctx, known));
  }

  /** Keys of the file as {@link RuleContext#showKey} shows them. */
  static List<String> shownKeys(RuleContext ctx, List<String> keys) {
    List<String> shown = new java.util.ArrayList<>();
    for (String key : keys) {
      shown.add(ctx.showKey(key));
    }
    return shown;
  }

  static List<String> clusters(RuleContext ctx) {
    Map<String, ?> clusters = ctx.spec().gitops() == null ? null : ctx.spec().gitops().clusters();
    return clusters == null ? List.of() : List.copyOf(clusters.keySet());
  }
}
