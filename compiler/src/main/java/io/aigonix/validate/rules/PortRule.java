package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec.ProbeSpec;
import io.aigonix.spec.MicroserviceSpec.PublicSpec;
import io.aigonix.spec.OverrideSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.Map;

/** AGX2013: head, probe and (edge) public ports, also in overrides, are 1-65535. */
public final class PortRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (Walk.Scope scope : Walk.scopes(ms)) {
        if (scope.head() != null) {
          String head = scope.pointer() + "/head";
          port(ctx, scope.head().port(), head + "/port");
          for (Map.Entry<String, ProbeSpec> p : Walk.probes(scope.head()).entrySet()) {
            port(ctx, p.getValue().port(), head + "/probes/" + p.getKey() + "/port");
          }
        }
        publicPort(ctx, publicSpec(ms, scope), scope.pointer() + "/public/port");
      }
    }
  }

  /**
   * The scope's public: the microservice's own, or its override's (absent or null when it sets
   * none).
   */
  private static PublicSpec publicSpec(Walk.Ms ms, Walk.Scope scope) {
    if (scope.pointer().equals(ms.pointer())) {
      return ms.spec().publicPath();
    }
    String env =
        scope
            .pointer()
            .substring(scope.pointer().lastIndexOf('/') + 1)
            .replace("~1", "/")
            .replace("~0", "~");
    OverrideSpec o = ms.spec().environments().get(env);
    return o == null || o.publicPath() == null ? null : o.publicPath().orElse(null);
  }

  private static void publicPort(RuleContext ctx, PublicSpec pub, String pointer) {
    if (pub != null && pub.port() != null && (pub.port() < 1 || pub.port() > 65535)) {
      ctx.report(
          Code.INVALID_PORT,
          pointer,
          "port " + pub.port() + " is outside 1-65535",
          "public.port is the external port on an edge node and its router");
    }
  }

  private static void port(RuleContext ctx, Integer port, String pointer) {
    if (port != null && (port < 1 || port > 65535)) {
      ctx.report(
          Code.INVALID_PORT,
          pointer,
          "port " + port + " is outside 1-65535",
          "the head's port is the container port the Service and Ingress send traffic to");
    }
  }
}
