package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec.HeadSpec;
import io.aigonix.spec.MicroserviceSpec.ProbeSpec;
import io.aigonix.spec.MicroserviceSpec.PublicSpec;
import io.aigonix.spec.OverrideSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import io.aigonix.source.Pointers;

/** AGX2013: head, probe and (edge) public ports, also in overrides, are 1-65535. */
public final class PortRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : Walk.allMicroservices(ctx.spec())) {
      head(ctx, ms.spec().head(), ms.at("/head"));
      publicPort(ctx, ms.spec().publicPath(), ms.at("/public/port"));
      if (ms.spec().environments() != null) {
        ms.spec().environments().forEach((env, o) -> {
          if (o != null) {
            head(ctx, o.head(), Pointers.child(ms.at("/environments"), env) + "/head");
            publicPort(ctx, o.publicPath() == null ? null : o.publicPath().orElse(null),
                Pointers.child(ms.at("/environments"), env) + "/public/port");
          }
        });
      }
    }
  }

  private static void head(RuleContext ctx, HeadSpec head, String pointer) {
    if (head == null) {
      return;
    }
    port(ctx, head.port(), pointer + "/port");
    if (head.probes() != null) {
      probe(ctx, head.probes().liveness(), pointer + "/probes/liveness");
      probe(ctx, head.probes().readiness(), pointer + "/probes/readiness");
    }
  }

  private static void publicPort(RuleContext ctx, PublicSpec pub, String pointer) {
    if (pub != null && pub.port() != null && (pub.port() < 1 || pub.port() > 65535)) {
      ctx.report(Code.INVALID_PORT, pointer, "port " + pub.port() + " is outside 1-65535",
          "public.port is the external port on an edge node and its router");
    }
  }

  private static void probe(RuleContext ctx, ProbeSpec probe, String pointer) {
    if (probe != null) {
      port(ctx, probe.port(), pointer + "/port");
    }
  }

  private static void port(RuleContext ctx, Integer port, String pointer) {
    if (port != null && (port < 1 || port > 65535)) {
      ctx.report(Code.INVALID_PORT, pointer, "port " + port + " is outside 1-65535",
          "the head's port is the container port the Service and Ingress send traffic to");
    }
  }
}
