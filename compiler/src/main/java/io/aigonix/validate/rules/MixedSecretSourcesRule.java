package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.model.Names;
import io.aigonix.spec.ApplicationSpec.RegistrySpec;
import io.aigonix.spec.SecretValueSpec;
import io.aigonix.validate.QuotableValue;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AGX2037: the values of one microservice in one environment are all sealed or all store
 * references, and a registry has one of {@code sealedDockerConfigJson} and {@code
 * dockerConfigJson}: they become one Secret, and a SealedSecret and an ExternalSecret both writing
 * it would fight (SPEC §8). Reported once per pair, at its first reference; names keys, never
 * values.
 */
public final class MixedSecretSourcesRule implements SemanticRule {
  private static final String HINT =
      "use one source per environment: seal every key there, or refer to the "
          + "store for every key";

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      RegistrySpec registry = app.spec().registry();
      if (registry != null
          && registry.sealedDockerConfigJson() != null
          && registry.dockerConfigJson() != null) {
        ctx.reportAtKey(
            Code.MIXED_SECRET_SOURCES,
            app.pointer() + "/registry/dockerConfigJson",
            "registry of application '"
                + ctx.name(app)
                + "' has both sealedDockerConfigJson and "
                + "dockerConfigJson: one Secret acr cannot have two writers",
            "keep one of the two");
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        Map<String, List<Walk.Secret>> byEnvironment = new LinkedHashMap<>();
        for (Walk.Secret s : Walk.secrets(ms)) {
          List<Walk.Secret> secrets = byEnvironment.get(s.environment());
          if (secrets == null) {
            secrets = new ArrayList<>();
            byEnvironment.put(s.environment(), secrets);
          }
          secrets.add(s);
        }
        for (Map.Entry<String, List<Walk.Secret>> e : byEnvironment.entrySet()) {
          check(ctx, ms, e.getKey(), e.getValue());
        }
      }
    }
  }

  private static void check(RuleContext ctx, Walk.Ms ms, String env, List<Walk.Secret> secrets) {
    List<String> sealed = new ArrayList<>();
    List<String> referenced = new ArrayList<>();
    Walk.Secret first = null;
    for (Walk.Secret s : secrets) {
      if (s.value() instanceof SecretValueSpec.Reference) {
        referenced.add(s.key());
        first = first == null ? s : first;
      } else {
        sealed.add(s.key());
      }
    }
    if (sealed.isEmpty() || referenced.isEmpty()) {
      return;
    }
    ctx.report(
        Code.MIXED_SECRET_SOURCES,
        first.pointer(),
        "microservice '"
            + ctx.name(ms)
            + "' in environment '"
            + ctx.showKey(env)
            + "' mixes sealed values ("
            + String.join(", ", keys(ctx, sealed))
            + ") and secret-store references ("
            + String.join(", ", keys(ctx, referenced))
            + "): one Secret "
            + secretName(ctx, ms, env)
            + " cannot have two writers",
        HINT);
  }

  private static List<String> keys(RuleContext ctx, List<String> keys) {
    List<String> shown = new ArrayList<>();
    for (String key : keys) {
      shown.add(ctx.showKey(key));
    }
    return shown;
  }

  /** The Secret's name, made from the environment's and the microservice's object names. */
  private static String secretName(RuleContext ctx, Walk.Ms ms, String env) {
    String name = Names.secretEnvVariables(ms.app().environmentObjectName(env), ms.objectName());
    if (!ctx.quotableKey(env)) {
      return QuotableValue.HIDDEN;
    }
    List<String> from = new ArrayList<>();
    from.add(RuleContext.objectNameAt(ms.pointer(), ms.spec().objectName()));
    for (Walk.Env e : Walk.environments(ms.app())) {
      if (e.spec().name().equals(env)) {
        from.add(RuleContext.objectNameAt(e.pointer(), e.spec().objectName()));
        break;
      }
    }
    return ctx.showDerived(name, from);
  }
}
