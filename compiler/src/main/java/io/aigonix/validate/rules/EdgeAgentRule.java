package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.OverrideSpec;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Suggestions;
import java.util.List;
import java.util.Optional;

/**
 * AGX2045: a microservice in an edge environment runs on an agent the environment lists: the one
 * its override names, or the only one; an agent in a Kubernetes environment's override means
 * nothing.
 */
public final class EdgeAgentRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (EdgeDeployments.At at : ctx.allDeployments()) {
      String env = at.deployed().environment();
      Optional<OverrideSpec> override = at.override();
      String agent = override.isPresent() ? override.get().agent() : null;
      String pointer = at.deployed().overridePointer() + "/agent";
      List<String> agents = EdgeDeployments.agents(at.env().spec());
      if (!at.edge()) {
        if (agent != null) {
          ctx.report(
              Code.EDGE_AGENT,
              pointer,
              "agent '" + agent + "' is set, but '" + env + "' is not an edge environment",
              "an agent places a microservice on an ioFog node; environments "
                  + "with edge: {agents: [...]} have them");
        }
      } else if (agent != null && !agents.contains(agent)) {
        ctx.report(
            Code.EDGE_AGENT,
            pointer,
            "agent '"
                + agent
                + "' is not one of edge environment '"
                + env
                + "''s agents ("
                + String.join(", ", agents)
                + ")",
            hint(Suggestions.closest(agent, agents)));
      } else if (agent == null && agents.size() > 1) {
        ctx.report(
            Code.EDGE_AGENT,
            at.deployed().overridePointer(),
            "microservice '"
                + at.ms().spec().name()
                + "' names no agent in edge environment '"
                + env
                + "', which has several ("
                + String.join(", ", agents)
                + ")",
            "write "
                + env
                + ": { agent: "
                + agents.get(0)
                + " } under the microservice's environments");
      }
    }
  }

  private static String hint(Optional<String> closest) {
    return closest.isPresent()
        ? "did you mean '" + closest.get() + "'?"
        : "add it to edge.agents of the environment";
  }
}
