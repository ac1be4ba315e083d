package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;

/** AGX2043: an edge environment's tenants have no hosts: there is no Ingress on an edge node. */
public final class EdgeTenantHostRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Env env : Walk.environments(app)) {
        if (!env.spec().isEdge()) {
          continue;
        }
        for (Tenants.Tenant tenant : Tenants.of(env)) {
          if (!tenant.spec().hosts().isEmpty()) {
            ctx.reportAtKey(
                Code.EDGE_TENANT_HOSTS,
                tenant.pointer() + "/hosts",
                "edge environment '" + ctx.name(env) + "' has tenant hosts",
                "hosts become Ingress rules, and an edge node has none; publish the microservice with public.port on "
                    + "the node's router instead");
          }
        }
      }
    }
  }
}
