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
    Map<String, EdgeDeployments.At> owners = new HashMap<>();
    for (EdgeDeployments.At at : ctx.edgeDeployments()) {
      String agent = agent(at);
      if (agent == null) {
        continue;
      }
      EdgePorts port = EdgePorts.of(ctx, at);
      EdgeDeployments.At owner = owners.putIfAbsent(agent + " " + port.port(), at);
      if (owner != null) {
        ctx.report(
            Code.EDGE_PORT_CONFLICT,
            port.pointer(),
            "external port "
                + port.port()
                + " on agent '"
                + shownAgent(ctx, at, agent)
                + "' is already used by "
                + ctx.name(owner.ms().app())
                + "/"
                + ctx.name(owner.env())
                + "/"
                + ctx.name(owner.ms()),
            "give one of them another public.port; each external port of an "
                + "agent belongs to one microservice");
      }
    }
  }

  /** The agent as a message may show it: as written where the deployment names it. */
  private static String shownAgent(RuleContext ctx, EdgeDeployments.At at, String agent) {
    String named = at.override().map(o -> o.agent()).orElse(null);
    return ctx.show(
        named != null
            ? at.deployed().overridePointer() + "/agent"
            : at.env().pointer() + "/edge/agents/0",
        agent);
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
