package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec.HeadSpec;
import io.aigonix.spec.MicroserviceSpec.ProbeSpec;
import io.aigonix.spec.OverrideSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import io.aigonix.source.Pointers;

/** AGX2013: head and probe ports, also in overrides, are 1-65535. */
public final class PortRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : Walk.allMicroservices(ctx.spec())) {
      head(ctx, ms.spec().head(), ms.at("/head"));
      if (ms.spec().environments() != null) {
        ms.spec().environments().forEach((env, o) -> {
          if (o != null) {
            head(ctx, o.head(), Pointers.child(ms.at("/environments"), env) + "/head");
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
