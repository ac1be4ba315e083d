package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * AGX2028: a tenant id appears once per environment. tenants.json and resources.json are keyed by
 * it, and each tenant gets its own Ingress named after it, so a second entry has no place to go.
 */
public final class DuplicateTenantRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Env env : Walk.environments(app)) {
        Map<String, String> seen = new HashMap<>();
        for (Tenants.Tenant tenant : Tenants.of(env)) {
          String id = tenant.spec().id();
          String pointer = tenant.pointer() + "/id";
          String first = id == null ? null : seen.putIfAbsent(id.toLowerCase(Locale.ROOT), pointer);
          if (first != null) {
            ctx.report(
                Code.DUPLICATE_TENANT,
                pointer,
                "tenant "
                    + ctx.show(pointer, id)
                    + " is already listed in "
                    + ctx.name(env)
                    + " at line "
                    + ctx.lineOf(first).line(),
                "list each tenant once and give it all of its hosts");
          }
        }
      }
    }
  }
}
