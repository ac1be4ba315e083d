package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;

/**
 * AGX2049 (warning): Kubernetes-only settings of a microservice in an edge environment are ignored
 * there: resources, probes and more than one replica (ioFog runs one container per agent).
 */
public final class EdgeIgnoredFieldRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (EdgeDeployments.At at : ctx.edgeDeployments()) {
      var ms = at.deployed().effective();
      if (ms.resources() != null) {
        warn(ctx, at, "/resources", "resources");
      }
      if (ms.head() != null && ms.head().probes() != null) {
        warn(ctx, at, "/head/probes", "head.probes");
      }
      if (ms.replicas() != null && ms.replicas() > 1) {
        warn(ctx, at, "/replicas", "replicas: " + ms.replicas());
      }
    }
  }

  private static void warn(RuleContext ctx, EdgeDeployments.At at, String relative, String what) {
    ctx.report(
        Code.EDGE_IGNORED_FIELD,
        at.pointer(ctx, relative),
        what
            + " of microservice '"
            + ctx.name(at.ms())
            + "' is ignored in edge environment '"
            + ctx.name(at.env())
            + "'",
        "ioFog runs one container per agent with no probes or resource settings; move it to the Kubernetes "
            + "environments' overrides to silence this");
  }
}
