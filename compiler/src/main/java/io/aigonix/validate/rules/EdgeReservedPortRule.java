package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import java.util.Set;

/**
 * AGX2047: an edge microservice's external port is not 54321 or 54322, which the ioFog Controller
 * reserves.
 */
public final class EdgeReservedPortRule implements SemanticRule {
  private static final Set<Integer> RESERVED = Set.of(54321, 54322);

  @Override
  public void check(RuleContext ctx) {
    for (EdgeDeployments.At at : ctx.edgeDeployments()) {
      EdgePorts port = EdgePorts.of(ctx, at);
      if (RESERVED.contains(port.port())) {
        ctx.report(
            Code.EDGE_RESERVED_PORT,
            port.pointer(),
            "external port "
                + port.port()
                + " of microservice '"
                + ctx.name(at.ms())
                + "' is reserved by ioFog (edge environment '"
                + ctx.name(at.env())
                + "')",
            "the Controller keeps 54321 and 54322 for itself; set public.port to another port");
      }
    }
  }
}
