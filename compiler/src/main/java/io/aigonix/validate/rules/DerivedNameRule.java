package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.model.Names;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.validate.KubernetesNames;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.List;
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
      String at = RuleContext.objectNameAt(app.pointer(), app.spec().objectName());
      report(
          ctx,
          at,
          "Flux Kustomization / Argo CD Application",
          Names.gitopsApplication(a),
          KubernetesNames.dns1123Subdomain(Names.gitopsApplication(a)),
          List.of(at));
      for (Walk.Env env : Walk.environments(app)) {
        if (!NameRule.isValid(env.spec().name(), env.spec().objectName())) {
          continue;
        }
        String e = env.objectName();
        String envAt = RuleContext.objectNameAt(env.pointer(), env.spec().objectName());
        List<String> fromEnv = List.of(envAt);
        report(
            ctx,
            envAt,
            "MongoDB Service",
            Names.mongo(e),
            KubernetesNames.dns1035Label(Names.mongo(e)),
            fromEnv);
        report(
            ctx,
            envAt,
            "MongoDB StatefulSet",
            Names.mongo(e),
            KubernetesNames.maxLength(
                Names.mongo(e),
                52,
                "StatefulSet names above 52 characters make an invalid controller-revision-hash label"),
            fromEnv);
        report(
            ctx,
            envAt,
            "tenants ConfigMap",
            Names.tenantsConfigMap(e),
            KubernetesNames.dns1123Subdomain(Names.tenantsConfigMap(e)),
            fromEnv);
        String nameAt = env.pointer() + "/name";
        report(
            ctx,
            nameAt,
            "label 'environment'",
            Names.label(env.spec().name()),
            KubernetesNames.labelValue(Names.label(env.spec().name())),
            List.of(nameAt));
        report(
            ctx,
            envAt,
            "Flux Kustomization / Argo CD Application",
            Names.gitopsEnvironment(a, e),
            KubernetesNames.dns1123Subdomain(Names.gitopsEnvironment(a, e)),
            List.of(at, envAt));
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        if (!NameRule.isValid(ms.spec().name(), ms.spec().objectName())) {
          continue;
        }
        String msAt = RuleContext.objectNameAt(ms.pointer(), ms.spec().objectName());
        for (Walk.Deployed d : ctx.deployments(ms)) {
          if (validEnvironment(app, d.environment())) {
            microservice(
                ctx,
                msAt,
                app.environmentObjectName(d.environment()),
                ms.objectName(),
                List.of(msAt, environmentAt(app, d.environment())));
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

  /** Where the object name of {@code app}'s environment called {@code environment} comes from. */
  private static String environmentAt(Walk.App app, String environment) {
    for (Walk.Env e : Walk.environments(app)) {
      if (environment.equals(e.spec().name())) {
        return RuleContext.objectNameAt(e.pointer(), e.spec().objectName());
      }
    }
    // not an environment of the application (AGX2004's): no written name to show
    return app.pointer() + "/environments";
  }

  private static void microservice(
      RuleContext ctx, String at, String e, String m, List<String> from) {
    String service = Names.microservice(e, m);
    report(ctx, at, "Service", service, KubernetesNames.dns1035Label(service), from);
    report(ctx, at, "Deployment", service, KubernetesNames.dns1123Subdomain(service), from);
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
          KubernetesNames.dns1123Subdomain(configMap),
          from);
    }
    report(
        ctx,
        at,
        "NetworkPolicy",
        Names.ingressNetworkPolicy(e, m),
        KubernetesNames.dns1123Subdomain(Names.ingressNetworkPolicy(e, m)),
        from);
  }

  /**
   * @param from where the values the name is made from are written ({@link
   *     RuleContext#showDerived})
   */
  private static void report(
      RuleContext ctx,
      String at,
      String kind,
      String name,
      Optional<String> problem,
      List<String> from) {
    if (problem.isPresent()) {
      ctx.report(
          Code.INVALID_OBJECT_NAME,
          at,
          kind + " name '" + ctx.showDerived(name, from) + "' would be invalid: " + problem.get(),
          "object names are derived from these names (SPEC §1.2); shorten or rename");
    }
  }
}
