package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;

/**
 * AGX2042: a microservice with event horizons is not deployed to an edge environment (no runtime
 * there).
 */
public final class EdgeEventHorizonRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (EdgeDeployments.At at : ctx.edgeDeployments()) {
      if (!at.ms().spec().eventHorizons().isEmpty()) {
        ctx.reportAtKey(
            Code.EDGE_EVENT_HORIZON,
            at.ms().at("/eventHorizons"),
            "microservice '"
                + ctx.name(at.ms())
                + "' subscribes to event horizons but is deployed to edge environment '"
                + ctx.name(at.env())
                + "'",
            "event horizons flow between Dolittle Runtimes, which run in clusters only; leave the edge environment "
                + "out of this microservice's environments");
      }
    }
  }
}
