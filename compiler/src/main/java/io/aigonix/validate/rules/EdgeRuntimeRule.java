package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;

/**
 * AGX2040: a microservice has no Dolittle Runtime in an edge environment: the Event Store needs a
 * cluster.
 */
public final class EdgeRuntimeRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (EdgeDeployments.At at : ctx.edgeDeployments()) {
      var runtime = at.deployed().effective().runtime();
      if (runtime != null && !runtime.isNone()) {
        ctx.report(
            Code.EDGE_RUNTIME,
            at.pointer(ctx, "/runtime"),
            "microservice '"
                + ctx.name(at.ms())
                + "' has a runtime in edge environment '"
                + ctx.name(at.env())
                + "'",
            "the Dolittle Runtime and its MongoDB run in a cluster; write runtime: none in this environment's override");
      }
    }
  }
}
