package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.model.Names;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.HashMap;
import java.util.Map;

/**
 * AGX2001: names are unique in their scope once turned into object names (case and spaces ignored,
 * an {@code objectName} in place of the name's object form): two entities never share objects.
 */
public final class UniqueNameRule implements SemanticRule {
  private static final String HINT =
      "names become Kubernetes object names and must be unique, ignoring case";

  @Override
  public void check(RuleContext ctx) {
    Map<String, String> apps = new HashMap<>();
    for (Walk.App app : Walk.applications(ctx.spec())) {
      unique(ctx, apps, "application", app.spec().name(), app.spec().objectName(), app.pointer());
      Map<String, String> envs = new HashMap<>();
      for (Walk.Env env : Walk.environments(app)) {
        unique(ctx, envs, "environment", env.spec().name(), env.spec().objectName(), env.pointer());
      }
      Map<String, String> services = new HashMap<>();
      for (Walk.Ms ms : Walk.microservices(app)) {
        unique(
            ctx, services, "microservice", ms.spec().name(), ms.spec().objectName(), ms.pointer());
      }
    }
  }

  private static void unique(
      RuleContext ctx,
      Map<String, String> seen,
      String what,
      String name,
      String objectName,
      String entity) {
    if (name == null) {
      return;
    }
    String pointer = entity + (objectName == null ? "/name" : "/objectName");
    String first = seen.putIfAbsent(Names.object(name, objectName), pointer);
    if (first != null) {
      String message =
          objectName == null
              ? what
                  + " name '"
                  + ctx.show(pointer, name)
                  + "' is already used at line "
                  + ctx.lineOf(first).line()
              : what
                  + " objectName '"
                  + ctx.show(pointer, objectName)
                  + "' is already the object name at line "
                  + ctx.lineOf(first).line();
      ctx.report(Code.DUPLICATE_NAME, pointer, message, HINT);
    }
  }
}
