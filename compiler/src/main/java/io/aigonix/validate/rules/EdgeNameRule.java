package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.model.Names;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.HashSet;
import java.util.Set;

/**
 * AGX2046: ioFog names have at least 3 characters (iofogctl's IsLowerAlphanumeric): a microservice
 * deployed to an edge environment, and the environment's agents.
 */
public final class EdgeNameRule implements SemanticRule {
  private static final int MIN = 3;

  @Override
  public void check(RuleContext ctx) {
    Set<String> reported = new HashSet<>();
    for (EdgeDeployments.At at : ctx.edgeDeployments()) {
      String name = at.ms().spec().name();
      if (NameRule.isValid(name)
          && Names.edgeMicroservice(at.ms().objectName()).length() < MIN
          && reported.add(at.ms().pointer())) {
        ctx.report(
            Code.EDGE_NAME_TOO_SHORT,
            at.ms().at("/name"),
            "microservice name '"
                + ctx.name(at.ms())
                + "' is shorter than 3 characters, which ioFog refuses (edge environment '"
                + ctx.name(at.env())
                + "')",
            "rename the microservice; ioFog names need at least 3 characters");
      }
    }
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Env env : Walk.environments(app)) {
        var agents = EdgeDeployments.agents(env.spec());
        for (int i = 0; i < agents.size(); i++) {
          if (agents.get(i).length() < MIN) {
            ctx.report(
                Code.EDGE_NAME_TOO_SHORT,
                env.pointer() + "/edge/agents/" + i,
                "agent name '"
                    + ctx.show(env.pointer() + "/edge/agents/" + i, agents.get(i))
                    + "' is shorter than 3 characters, which ioFog refuses",
                "ioFog Agent names need at least 3 characters; use the name the Controller knows the agent by");
          }
        }
      }
    }
  }
}
