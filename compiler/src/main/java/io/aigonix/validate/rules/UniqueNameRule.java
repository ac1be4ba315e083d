package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.model.Names;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.HashMap;
import java.util.Map;

/**
 * AGX2001: names are unique in their scope once turned into object names (case and spaces ignored).
 */
public final class UniqueNameRule implements SemanticRule {
  private static final String HINT =
      "names become Kubernetes object names and must be unique, ignoring case";

  @Override
  public void check(RuleContext ctx) {
    Map<String, String> apps = new HashMap<>();
    for (Walk.App app : Walk.applications(ctx.spec())) {
      unique(ctx, apps, "application", app.spec().name(), app.pointer() + "/name");
      Map<String, String> envs = new HashMap<>();
      for (Walk.Env env : Walk.environments(app)) {
        unique(ctx, envs, "environment", env.spec().name(), env.pointer() + "/name");
      }
      Map<String, String> services = new HashMap<>();
      for (Walk.Ms ms : Walk.microservices(app)) {
        unique(ctx, services, "microservice", ms.spec().name(), ms.at("/name"));
      }
    }
  }

  private static void unique(
      RuleContext ctx, Map<String, String> seen, String what, String name, String pointer) {
    if (name == null) {
      return;
    }
    String first = seen.putIfAbsent(Names.object(name), pointer);
    if (first != null) {
      ctx.report(
          Code.DUPLICATE_NAME,
          pointer,
          what + " name '" + name + "' is already used at line " + ctx.lineOf(first).line(),
          HINT);
    }
  }
}
