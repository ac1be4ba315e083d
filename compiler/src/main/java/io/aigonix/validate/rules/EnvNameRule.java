package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import io.aigonix.validate.k8s.ConfigMapKey;
import java.util.Map;

/** AGX2015: env and secretEnv keys are names Kubernetes accepts for environment variables. */
public final class EnvNameRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (Walk.EnvMap env : Walk.envMaps(ms)) {
        keys(ctx, env.env(), env.pointer());
      }
      keys(ctx, ms.spec().secretEnv(), ms.at("/secretEnv"));
    }
  }

  private static void keys(RuleContext ctx, Map<String, ?> map, String pointer) {
    if (map == null) {
      return;
    }
    for (String key : map.keySet()) {
      if (!isEnvName(key)) {
        ctx.reportAtKey(
            Code.INVALID_ENV_NAME,
            Pointers.child(pointer, key),
            "'" + ctx.showKey(key) + "' is not a valid environment variable name",
            "use letters, digits, '_', '-' and '.', not starting with a digit");
      }
    }
  }

  /**
   * {@code [-._a-zA-Z][-._a-zA-Z0-9]*}: a ConfigMap key's characters, not starting with a digit
   * (RuleLoopsTest keeps the expression as the oracle).
   */
  static boolean isEnvName(String key) {
    return ConfigMapKey.isKeyCharacters(key) && !(key.charAt(0) >= '0' && key.charAt(0) <= '9');
  }
}
