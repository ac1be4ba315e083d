package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** AGX2017: explicit application ids, and microservice ids across the file, are unique. */
public final class DuplicateIdRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    Map<String, String> apps = new HashMap<>();
    Map<String, String> services = new HashMap<>();
    for (Walk.App app : Walk.applications(ctx.spec())) {
      unique(ctx, apps, "application", app.spec().id(), app.pointer() + "/id");
      for (Walk.Ms ms : Walk.microservices(app)) {
        unique(ctx, services, "microservice", ms.spec().id(), ms.at("/id"));
      }
    }
  }

  private static void unique(
      RuleContext ctx, Map<String, String> seen, String what, String id, String pointer) {
    if (id == null) {
      return;
    }
    String first = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), pointer);
    if (first != null) {
      ctx.report(
          Code.DUPLICATE_ID,
          pointer,
          what
              + " id "
              + ctx.show(pointer, id)
              + " is already used at line "
              + ctx.lineOf(first).line(),
          "ids identify " + what + "s to the platform and the Runtime; give each its own");
    }
  }
}
