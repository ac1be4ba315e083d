package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;

/** AGX2044: no head.command in an edge environment: ioFog cannot replace the image's entrypoint. */
public final class EdgeEntrypointRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (EdgeDeployments.At at : ctx.edgeDeployments()) {
      var head = at.deployed().effective().head();
      if (head != null && head.command() != null && !head.command().isEmpty()) {
        ctx.report(
            Code.EDGE_ENTRYPOINT,
            at.pointer(ctx, "/head/command"),
            "microservice '"
                + ctx.name(at.ms())
                + "' overrides the entrypoint (head.command) in edge environment '"
                + ctx.name(at.env())
                + "'",
            "ioFog keeps the image's ENTRYPOINT and passes head.args to it; write command: [] under head in this "
                + "environment's override, or build an image with this entrypoint");
      }
    }
  }
}
