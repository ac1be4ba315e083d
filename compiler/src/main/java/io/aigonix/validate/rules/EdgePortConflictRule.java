package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * AGX2048: two microservices on one ioFog Agent never share an external port (the Controller
 * refuses the second: "Port is not available"). Agents are the Controller's, not an environment's,
 * so this holds across environments and applications.
 */
public final class EdgePortConflictRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    Map<String, String> owners = new HashMap<>();
    for (EdgeDeployments.At at : ctx.edgeDeployments()) {
      String agent = agent(at);
      if (agent == null) {
        continue;
      }
      EdgePorts port = EdgePorts.of(ctx, at);
      String who =
          at.ms().app().spec().name()
              + "/"
              + at.deployed().environment()
              + "/"
              + at.ms().spec().name();
      String owner = owners.putIfAbsent(agent + " " + port.port(), who);
      if (owner != null) {
        ctx.report(
            Code.EDGE_PORT_CONFLICT,
            port.pointer(),
            "external port "
                + port.port()
                + " on agent '"
                + agent
                + "' is already used by "
                + owner,
            "give one of them another public.port; each external port of an "
                + "agent belongs to one microservice");
      }
    }
  }

  /**
   * The agent the deployment runs on, as the model derives it; null when AGX2045 reports it
   * instead.
   */
  private static String agent(EdgeDeployments.At at) {
    List<String> agents = EdgeDeployments.agents(at.env().spec());
    String named = at.override().map(o -> o.agent()).orElse(null);
    if (named != null) {
      return agents.contains(named) ? named : null;
    }
    return agents.size() == 1 ? agents.get(0) : null;
  }
}
