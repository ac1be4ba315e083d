package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.OverrideSpec;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Suggestions;
import java.util.ArrayList;
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
      Optional<OverrideSpec> override = at.override();
      String agent = override.isPresent() ? override.get().agent() : null;
      String pointer = at.deployed().overridePointer() + "/agent";
      List<String> agents = EdgeDeployments.agents(at.env().spec());
      if (!at.edge()) {
        if (agent != null) {
          ctx.report(
              Code.EDGE_AGENT,
              pointer,
              "agent '"
                  + ctx.show(pointer, agent)
                  + "' is set, but '"
                  + ctx.name(at.env())
                  + "' is not an edge environment",
              "an agent places a microservice on an ioFog node; environments "
                  + "with edge: {agents: [...]} have them");
        }
      } else if (agent != null && !agents.contains(agent)) {
        // "did you mean" only for a value that may be quoted: a copied one may be a secret
        Optional<String> closest =
            ctx.quotable(pointer) ? Suggestions.closest(agent, agents) : Optional.empty();
        ctx.report(
            Code.EDGE_AGENT,
            pointer,
            "agent '"
                + ctx.show(pointer, agent)
                + "' is not one of edge environment '"
                + ctx.name(at.env())
                + "''s agents ("
                + String.join(", ", agents(ctx, at))
                + ")",
            closest.isPresent()
                ? "did you mean '" + agent(ctx, at, agents.indexOf(closest.get())) + "'?"
                : "add it to edge.agents of the environment");
      } else if (agent == null && agents.size() > 1) {
        String env = ctx.name(at.env());
        ctx.report(
            Code.EDGE_AGENT,
            at.deployed().overridePointer(),
            "microservice '"
                + ctx.name(at.ms())
                + "' names no agent in edge environment '"
                + env
                + "', which has several ("
                + String.join(", ", agents(ctx, at))
                + ")",
            "write "
                + env
                + ": { agent: "
                + agent(ctx, at, 0)
                + " } under the microservice's environments");
      }
    }
  }

  /** The environment's agents as a message may show them. */
  private static List<String> agents(RuleContext ctx, EdgeDeployments.At at) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < EdgeDeployments.agents(at.env().spec()).size(); i++) {
      shown.add(agent(ctx, at, i));
    }
    return shown;
  }

  private static String agent(RuleContext ctx, EdgeDeployments.At at, int i) {
    return ctx.show(
        at.env().pointer() + "/edge/agents/" + i, EdgeDeployments.agents(at.env().spec()).get(i));
  }
}
