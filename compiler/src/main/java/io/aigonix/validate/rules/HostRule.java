package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import io.aigonix.validate.k8s.IngressHost;

/** AGX2021: tenant hosts become Ingress rule and TLS hosts, checked by {@link IngressHost}. */
public final class HostRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Env env : Walk.environments(app)) {
        var tenants = env.spec().tenants();
        for (int t = 0; tenants != null && t < tenants.size(); t++) {
          var hosts = tenants.get(t).hosts();
          for (int h = 0; h < hosts.size(); h++) {
            String host = hosts.get(h).host();
            String pointer = env.pointer() + "/tenants/" + t + "/hosts/" + h + "/host";
            IngressHost.problem(host).ifPresent(why -> ctx.report(Code.INVALID_HOST, pointer,
                "host " + Shown.of(host) + " is not a valid Ingress host: " + why,
                "a lower-case DNS name such as shop.example.com, or a wildcard such as *.example.com"));
          }
        }
      }
    }
  }
}
