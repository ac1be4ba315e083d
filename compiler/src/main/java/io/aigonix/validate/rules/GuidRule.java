package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.EnvironmentSpec.TenantSpec;
import io.aigonix.spec.MicroserviceSpec.EventHorizonSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;

/** AGX2014: ids, tenants, scopes and streams are GUIDs (8-4-4-4-12 hexadecimal digits). */
public final class GuidRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    if (ctx.spec().customer() != null) {
      check(ctx, "customer id", ctx.spec().customer().id(), "/customer/id");
    }
    for (Walk.App app : Walk.applications(ctx.spec())) {
      check(ctx, "application id", app.spec().id(), app.pointer() + "/id");
      for (Walk.Env env : Walk.environments(app)) {
        if (env.spec().tenants() != null) {
          for (int t = 0; t < env.spec().tenants().size(); t++) {
            TenantSpec tenant = env.spec().tenants().get(t);
            check(ctx, "tenant id", tenant.id(), env.pointer() + "/tenants/" + t + "/id");
          }
        }
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        check(ctx, "microservice id", ms.spec().id(), ms.at("/id"));
        for (int h = 0; h < ms.spec().eventHorizons().size(); h++) {
          EventHorizonSpec eh = ms.spec().eventHorizons().get(h);
          check(ctx, "event-horizon scope", eh.scope(), ms.at("/eventHorizons/" + h + "/scope"));
          check(ctx, "event-horizon stream", eh.stream(), ms.at("/eventHorizons/" + h + "/stream"));
        }
      }
    }
  }

  /**
   * {@code [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}} as a loop
   * (an expression would be compiled on every start; RuleLoopsTest keeps it as the oracle).
   */
  static boolean isGuid(String value) {
    if (value == null || value.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = value.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
      if (dash ? c != '-' : !hex) {
        return false;
      }
    }
    return true;
  }

  private static void check(RuleContext ctx, String what, String value, String pointer) {
    if (value != null && !isGuid(value)) {
      ctx.report(
          Code.INVALID_GUID,
          pointer,
          what + " '" + ctx.show(pointer, value) + "' is not a GUID",
          "write it as 8-4-4-4-12 hexadecimal digits, e.g. 445f8ea8-1a6f-40d7-b2fc-796dba92dc44");
    }
  }
}
