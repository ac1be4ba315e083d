package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.k8s.Urls;
import java.util.Optional;

/**
 * AGX2025: the Argo CD repository and destination server are URLs Argo CD can use ({@link Urls}).
 */
public final class UrlRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    var gitops = ctx.spec().gitops();
    if (gitops == null || gitops.argocd() == null) {
      return;
    }
    report(
        ctx,
        "repoURL",
        gitops.argocd().repoURL(),
        "/gitops/argocd/repoURL",
        Urls::repositoryProblem,
        "e.g. https://git.example.com/acme/gitops.git or git@github.com:acme/gitops.git");
    report(
        ctx,
        "destinationServer",
        gitops.argocd().destinationServer(),
        "/gitops/argocd/destinationServer",
        Urls::serverProblem,
        "the cluster's API server, e.g. https://kubernetes.default.svc");
  }

  private static void report(
      RuleContext ctx,
      String what,
      String url,
      String pointer,
      java.util.function.Function<String, Optional<String>> rule,
      String hint) {
    if (url != null) {
      rule.apply(url)
          .ifPresent(
              why ->
                  ctx.report(
                      Code.INVALID_URL,
                      pointer,
                      what
                          + " "
                          + Shown.of(ctx.show(pointer, url))
                          + " is not a usable URL: "
                          + why,
                      hint));
    }
  }
}
