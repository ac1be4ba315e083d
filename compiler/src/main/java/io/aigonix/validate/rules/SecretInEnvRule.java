package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SecretNames;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.Map;

/**
 * AGX2016 (warning): a plain env key that looks secret belongs in secretEnv. Never quotes the
 * value.
 */
public final class SecretInEnvRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (Walk.EnvMap env : Walk.envMaps(ms)) {
        keys(ctx, env.env(), env.pointer());
      }
    }
  }

  private static void keys(RuleContext ctx, Map<String, String> env, String pointer) {
    if (env == null) {
      return;
    }
    for (Map.Entry<String, String> e : env.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      if (value != null && !value.isEmpty() && SecretNames.looksSecret(key)) {
        ctx.reportAtKey(
            Code.SECRET_IN_ENV,
            Pointers.child(pointer, key),
            "env '" + ctx.showKey(key) + "' looks like a secret but is stored in plain text",
            "move it to secretEnv and seal it: aigonix seal --key "
                + ctx.showKey(key)
                + " --write");
      }
    }
  }
}
