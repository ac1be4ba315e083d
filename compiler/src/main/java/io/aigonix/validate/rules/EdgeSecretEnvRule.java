package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;

/** AGX2041: no secretEnv value for an edge environment: ioFog v3 has no secret transport. */
public final class EdgeSecretEnvRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (EdgeDeployments.At at : ctx.edgeDeployments()) {
      var secretEnv = at.ms().spec().secretEnv();
      if (secretEnv == null) {
        continue;
      }
      String env = at.deployed().environment();
      secretEnv.forEach(
          (key, perEnvironment) -> {
            if (perEnvironment != null && perEnvironment.containsKey(env)) {
              ctx.reportAtKey(
                  Code.EDGE_SECRET_ENV,
                  Pointers.child(Pointers.child(at.ms().at("/secretEnv"), key), env),
                  "secretEnv "
                      + ctx.showKey(key)
                      + " is sealed for edge environment '"
                      + ctx.name(at.env())
                      + "'",
                  "ioFog v3 has no secret transport, so a secret would reach the node in plain text; "
                      + "deliver it to the node out of band");
            }
          });
    }
  }
}
