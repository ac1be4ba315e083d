package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.QuotableValue;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.k8s.GoDuration;
import java.util.Optional;

/**
 * AGX2024: {@code gitops.flux.interval} is a duration the Flux Kustomization accepts ({@link
 * GoDuration}).
 */
public final class DurationRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    var gitops = ctx.spec().gitops();
    if (gitops == null || gitops.flux() == null || gitops.flux().interval() == null) {
      return;
    }
    String interval = gitops.flux().interval();
    Optional<String> why = GoDuration.fluxProblem(interval);
    if (why.isPresent()) {
      String pointer = "/gitops/flux/interval";
      // the reason may quote part of the value (an unknown unit)
      boolean quotable = ctx.quotable(pointer);
      ctx.report(
          Code.INVALID_DURATION,
          pointer,
          "interval "
              + Shown.of(quotable ? interval : QuotableValue.HIDDEN)
              + " is not a valid Flux interval: "
              + (quotable ? why.get() : "it is not a duration Flux accepts"),
          "e.g. 5m, 1h or 1h30m");
    }
  }
}
