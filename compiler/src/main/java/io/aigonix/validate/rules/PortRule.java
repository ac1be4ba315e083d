package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;

/** AGX2013: head and probe ports, also in overrides, are 1-65535. */
public final class PortRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : Walk.allMicroservices(ctx.spec())) {
      for (Walk.Scope scope : Walk.scopes(ms)) {
        if (scope.head() != null) {
          String head = scope.pointer() + "/head";
          port(ctx, scope.head().port(), head + "/port");
          Walk.probes(scope.head()).forEach((kind, probe) ->
              port(ctx, probe.port(), head + "/probes/" + kind + "/port"));
        }
      }
    }
  }

  private static void port(RuleContext ctx, Integer port, String pointer) {
    if (port != null && (port < 1 || port > 65535)) {
      ctx.report(Code.INVALID_PORT, pointer, "port " + port + " is outside 1-65535",
          "the head's port is the container port the Service and Ingress send traffic to");
    }
  }
}
