package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;

/**
 * AGX2050: a public microservice has a path in every Kubernetes environment (the Ingress routes
 * it).
 */
public final class PublicPathMissingRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (EdgeDeployments.At at : ctx.allDeployments()) {
      var pub = at.deployed().effective().publicPath();
      if (!at.edge() && pub != null && pub.path() == null) {
        ctx.reportAtKey(
            Code.PUBLIC_PATH_MISSING,
            at.pointer(ctx, "/public"),
            "microservice '"
                + ctx.name(at.ms())
                + "' is public in Kubernetes environment '"
                + ctx.name(at.env())
                + "' but has no public.path",
            "add path (e.g. /orders): an Ingress routes a path; port and schemes "
                + "apply only to edge environments");
      }
    }
  }
}
