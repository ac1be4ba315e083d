package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import io.aigonix.validate.k8s.IngressHost;
import java.util.Optional;

/** AGX2021: tenant hosts become Ingress rule and TLS hosts, checked by {@link IngressHost}. */
public final class HostRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Env env : Walk.environments(app)) {
        for (Tenants.Host h : Tenants.hosts(env)) {
          String host = h.spec().host();
          Optional<String> why = IngressHost.problem(host);
          if (why.isPresent()) {
            ctx.report(
                Code.INVALID_HOST,
                h.pointer() + "/host",
                "host "
                    + Shown.of(ctx.show(h.pointer() + "/host", host))
                    + " is not a valid Ingress host: "
                    + why.get(),
                "a lower-case DNS name such as shop.example.com, or a wildcard such as *.example.com");
          }
        }
      }
    }
  }
}
