package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.spec.GitopsSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;

/**
 * AGX2036 (warning): a cluster without {@code sync} while both Flux and Argo CD are enabled gets
 * both tools' objects, and two controllers applying and pruning the same objects fight over them.
 */
public final class DualSyncRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    GitopsSpec g = ctx.spec().gitops();
    if (g == null
        || g.clusters() == null
        || g.flux() == null
        || g.argocd() == null
        || !Boolean.TRUE.equals(g.flux().enabled())
        || !Boolean.TRUE.equals(g.argocd().enabled())) {
      return;
    }
    g.clusters()
        .forEach(
            (name, cluster) -> {
              if (cluster == null || cluster.sync() == null) {
                ctx.reportAtKey(
                    Code.DUAL_SYNC,
                    Pointers.child("/gitops/clusters", name),
                    "cluster '" + ctx.showKey(name) + "' would be synced by both Flux and Argo CD",
                    "say which tool syncs it: sync: flux or sync: argocd");
              }
            });
  }
}
