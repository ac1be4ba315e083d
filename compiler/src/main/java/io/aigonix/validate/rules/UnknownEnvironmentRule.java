package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Suggestions;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AGX2004: environments named by a microservice (deployments, overrides, secretEnv) exist in its
 * application.
 */
public final class UnknownEnvironmentRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      List<String> known = Walk.environmentNames(app);
      for (Walk.Ms ms : Walk.microservices(app)) {
        if (ms.spec().environments() != null) {
          for (String env : ms.spec().environments().keySet()) {
            check(ctx, known, env, Pointers.child(ms.at("/environments"), env), app);
          }
        }
        if (ms.spec().secretEnv() != null) {
          for (Map.Entry<String, ? extends Map<String, ?>> secret :
              ms.spec().secretEnv().entrySet()) {
            String base = Pointers.child(ms.at("/secretEnv"), secret.getKey());
            for (String env : secret.getValue().keySet()) {
              check(ctx, known, env, Pointers.child(base, env), app);
            }
          }
        }
      }
    }
  }

  private static void check(
      RuleContext ctx, List<String> known, String env, String pointer, Walk.App app) {
    if (known.contains(env)) {
      return;
    }
    // a key an alias wrote may be a secret: not shown, and no name is matched against it
    Optional<String> closest =
        ctx.quotableKey(env) ? Suggestions.closest(env, known) : Optional.empty();
    List<String> names = new ArrayList<>();
    for (String name : known) {
      names.add(ctx.environment(app, name));
    }
    String hint =
        closest.isPresent()
            ? "did you mean '" + ctx.environment(app, closest.get()) + "'?"
            : "application '" + ctx.name(app) + "' has: " + String.join(", ", names);
    ctx.reportAtKey(
        Code.UNKNOWN_ENVIRONMENT,
        pointer,
        "environment '"
            + ctx.showKey(env)
            + "' is not an environment of application '"
            + ctx.name(app)
            + "'",
        hint);
  }
}
