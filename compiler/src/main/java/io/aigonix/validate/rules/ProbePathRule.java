package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec.ProbeSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;

/**
 * AGX2030: a probe's {@code httpGet.path} is the request path the kubelet sends (Kubernetes {@code
 * pkg/probe/http} {@code NewRequestForHTTPGetAction} joins it to http://podIP:port): an absolute
 * path of URL characters (RFC 3986 pchar, '/', and a query).
 */
public final class ProbePathRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (Layers layer : Layers.of(ms)) {
        if (layer.head() != null && layer.head().probes() != null) {
          check(
              ctx,
              "liveness",
              layer.head().probes().liveness(),
              layer.at("/head/probes/liveness/path"));
          check(
              ctx,
              "readiness",
              layer.head().probes().readiness(),
              layer.at("/head/probes/readiness/path"));
        }
      }
    }
  }

  private static void check(RuleContext ctx, String which, ProbeSpec probe, String pointer) {
    if (probe != null && probe.path() != null && !UrlPaths.isPathWithQuery(probe.path())) {
      ctx.report(
          Code.INVALID_PROBE_PATH,
          pointer,
          which
              + " probe path "
              + Shown.of(ctx.show(pointer, probe.path()))
              + " is not an HTTP request path",
          "start with '/' and use URL path characters, e.g. /healthz");
    }
  }
}
