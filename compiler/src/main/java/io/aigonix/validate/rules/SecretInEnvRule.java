package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.Map;
import java.util.regex.Pattern;

/** AGX2016 (warning): a plain env key that looks secret belongs in secretEnv. Never quotes the value. */
public final class SecretInEnvRule implements SemanticRule {
  private static final Pattern SECRET_KEY = Pattern.compile(
      "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|CONNECTION_?STRING).*");

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : Walk.allMicroservices(ctx.spec())) {
      keys(ctx, ms.spec().env(), ms.at("/env"));
      if (ms.spec().environments() != null) {
        ms.spec().environments().forEach((env, o) -> {
          if (o != null) {
            keys(ctx, o.env(), Pointers.child(ms.at("/environments"), env) + "/env");
          }
        });
      }
    }
  }

  private static void keys(RuleContext ctx, Map<String, String> env, String pointer) {
    if (env == null) {
      return;
    }
    env.forEach((key, value) -> {
      if (value != null && !value.isEmpty() && SECRET_KEY.matcher(key).matches()) {
        ctx.reportAtKey(Code.SECRET_IN_ENV, Pointers.child(pointer, key),
            "env '" + key + "' looks like a secret but is stored in plain text",
            "move it to secretEnv and seal it: aigonix seal --key " + key + " --write");
      }
    });
  }
}
