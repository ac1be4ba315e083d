package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec.ProbeSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AGX2033: a probe has exactly one handler, {@code path} (httpGet), {@code tcp: true} or {@code
 * exec}, as Kubernetes requires; checked here rather than with a schema oneOf, whose error would
 * not name them.
 */
public final class ProbeHandlerRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (Walk.Scope scope : Walk.scopes(ms)) {
        for (Map.Entry<String, ProbeSpec> p : Walk.probes(scope.head()).entrySet()) {
          check(ctx, p.getKey(), p.getValue(), scope.pointer() + "/head/probes/" + p.getKey());
        }
      }
    }
  }

  private static void check(RuleContext ctx, String kind, ProbeSpec probe, String pointer) {
    List<String> handlers = new ArrayList<>();
    if (probe.path() != null) {
      handlers.add("path");
    }
    if (Boolean.TRUE.equals(probe.tcp())) {
      handlers.add("tcp");
    }
    if (probe.exec() != null) {
      handlers.add("exec");
    }
    if (handlers.size() > 1) {
      ctx.reportAtKey(
          Code.PROBE_HANDLER,
          pointer + "/" + handlers.get(1),
          "the "
              + kind
              + " probe has "
              + handlers.size()
              + " handlers ("
              + String.join(", ", handlers)
              + ")",
          "a probe has one handler: keep one of path (httpGet), tcp: true or exec");
    } else if (handlers.isEmpty()) {
      ctx.reportAtKey(
          Code.PROBE_HANDLER,
          pointer,
          "the " + kind + " probe has no handler",
          "give one of path (httpGet), tcp: true or exec");
    }
  }
}
