package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.model.Names;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.validate.KubernetesNames;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.Optional;

/**
 * AGX2003: every Kubernetes name aigonix will derive, computed by {@link Names} as the generators
 * do (from the objectName when one is given), is valid: a short objectName still makes long
 * composed names such as {@code <env>-<ms>-dolittle}. Names that already break the naming rule
 * (AGX2002) are left to that rule.
 */
public final class DerivedNameRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      if (!NameRule.isValid(app.spec().name(), app.spec().objectName())) {
        continue;
      }
      String a = app.objectName();
      String at = at(app.pointer(), app.spec().objectName());
      report(
          ctx,
          at,
          "Flux Kustomization / Argo CD Application",
          Names.gitopsApplication(a),
          KubernetesNames.dns1123Subdomain(Names.gitopsApplication(a)));
      for (Walk.Env env : Walk.environments(app)) {
        if (!NameRule.isValid(env.spec().name(), env.spec().objectName())) {
          continue;
        }
        String e = env.objectName();
        String envAt = at(env.pointer(), env.spec().objectName());
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
            env.pointer() + "/name",
            "label 'environment'",
            Names.label(env.spec().name()),
            KubernetesNames.labelValue(Names.label(env.spec().name())));
        report(
            ctx,
            envAt,
            "Flux Kustomization / Argo CD Application",
            Names.gitopsEnvironment(a, e),
            KubernetesNames.dns1123Subdomain(Names.gitopsEnvironment(a, e)));
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        if (!NameRule.isValid(ms.spec().name(), ms.spec().objectName())) {
          continue;
        }
        for (Walk.Deployed d : ctx.deployments(ms)) {
          if (validEnvironment(app, d.environment())) {
            microservice(
                ctx,
                at(ms.pointer(), ms.spec().objectName()),
                app.environmentObjectName(d.environment()),
                ms.objectName());
          }
        }
      }
    }
  }

  /** An environment whose own names are valid (else NameRule reports it, once). */
  private static boolean validEnvironment(Walk.App app, String environment) {
    if (!NameRule.isValid(environment)) {
      return false;
    }
    for (EnvironmentSpec e : app.spec().environments()) {
      if (environment.equals(e.name()) && !NameRule.isValid(e.name(), e.objectName())) {
        return false;
      }
    }
    return true;
  }

  /** Where a derived name comes from: the objectName when the file gives one, else the name. */
  private static String at(String entity, String objectName) {
    return entity + (objectName == null ? "/name" : "/objectName");
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
    if (problem.isPresent()) {
      ctx.report(
          Code.INVALID_OBJECT_NAME,
          at,
          kind + " name '" + name + "' would be invalid: " + problem.get(),
          "object names are derived from these names (SPEC §1.2); shorten or rename");
    }
  }
}
