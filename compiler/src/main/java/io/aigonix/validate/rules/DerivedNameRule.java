package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.model.Names;
import io.aigonix.validate.KubernetesNames;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.Optional;

/**
 * AGX2003: every Kubernetes name aigonix will derive, computed by {@link Names} as the generators
 * do, is valid. Names that already break the naming rule (AGX2002) are left to that rule.
 */
public final class DerivedNameRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      String a = app.spec().name();
      if (!NameRule.isValid(a)) {
        continue;
      }
      String at = app.pointer() + "/name";
      report(
          ctx,
          at,
          "Flux Kustomization / Argo CD Application",
          Names.gitopsApplication(a),
          KubernetesNames.dns1123Subdomain(Names.gitopsApplication(a)));
      for (Walk.Env env : Walk.environments(app)) {
        String e = env.spec().name();
        if (!NameRule.isValid(e)) {
          continue;
        }
        String envAt = env.pointer() + "/name";
        report(
            ctx,
            envAt,
            "MongoDB Service",
            Names.mongo(e),
            KubernetesNames.dns1035Label(Names.mongo(e)));
        report(
            ctx,
            envAt,
            "MongoDB StatefulSet",
            Names.mongo(e),
            KubernetesNames.maxLength(
                Names.mongo(e),
                52,
                "StatefulSet names above 52 characters make an invalid controller-revision-hash label"));
        report(
            ctx,
            envAt,
            "tenants ConfigMap",
            Names.tenantsConfigMap(e),
            KubernetesNames.dns1123Subdomain(Names.tenantsConfigMap(e)));
        report(
            ctx,
            envAt,
            "label 'environment'",
            Names.label(e),
            KubernetesNames.labelValue(Names.label(e)));
        report(
            ctx,
            envAt,
            "Flux Kustomization / Argo CD Application",
            Names.gitopsEnvironment(a, e),
            KubernetesNames.dns1123Subdomain(Names.gitopsEnvironment(a, e)));
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        String m = ms.spec().name();
        if (!NameRule.isValid(m)) {
          continue;
        }
        for (Walk.Deployed d : Walk.deployments(ms)) {
          if (NameRule.isValid(d.environment())) {
            microservice(ctx, ms.at("/name"), d.environment(), m);
          }
        }
      }
    }
  }

  private static void microservice(RuleContext ctx, String at, String e, String m) {
    String service = Names.microservice(e, m);
    report(ctx, at, "Service", service, KubernetesNames.dns1035Label(service));
    report(ctx, at, "Deployment", service, KubernetesNames.dns1123Subdomain(service));
    for (String configMap :
        new String[] {
          Names.dolittleConfigMap(e, m),
          Names.envVariablesConfigMap(e, m),
          Names.configFilesConfigMap(e, m),
          Names.secretEnvVariables(e, m)
        }) {
      report(
          ctx,
          at,
          "ConfigMap/SealedSecret",
          configMap,
          KubernetesNames.dns1123Subdomain(configMap));
    }
    report(
        ctx,
        at,
        "NetworkPolicy",
        Names.ingressNetworkPolicy(e, m),
        KubernetesNames.dns1123Subdomain(Names.ingressNetworkPolicy(e, m)));
  }

  private static void report(
      RuleContext ctx, String at, String kind, String name, Optional<String> problem) {
    problem.ifPresent(
        why ->
            ctx.report(
                Code.INVALID_OBJECT_NAME,
                at,
                kind + " name '" + name + "' would be invalid: " + why,
                "object names are derived from these names (SPEC §1.2); shorten or rename"));
  }
}
