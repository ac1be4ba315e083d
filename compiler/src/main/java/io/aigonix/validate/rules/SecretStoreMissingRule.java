package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.SecretStoreSpec;
import io.aigonix.spec.SecretStores;
import io.aigonix.spec.SecretValueSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.HashMap;
import java.util.Map;

/**
 * AGX2038: a store reference needs a store: a secretEnv reference in an environment where neither
 * the environment nor its application has a {@code secretStore}, a registry reference without the
 * application's, and an environment store whose {@code name} is neither given nor inherited.
 */
public final class SecretStoreMissingRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      // environment → whether a store applies there (a nameless one is reported here, once)
      Map<String, Boolean> hasStore = new HashMap<>();
      for (Walk.Env env : Walk.environments(app)) {
        SecretStoreSpec store = SecretStores.effective(app.spec(), env.spec());
        hasStore.put(env.spec().name(), store != null);
        if (store != null && store.name() == null) {
          ctx.reportAtKey(
              Code.SECRET_STORE_MISSING,
              env.pointer() + "/secretStore",
              "the secretStore of environment '"
                  + ctx.name(env)
                  + "' has no name, and application '"
                  + ctx.name(app)
                  + "' has no secretStore to take it from",
              "add name: <the SecretStore or ClusterSecretStore> to this secretStore");
        }
      }
      if (app.spec().registry() != null
          && app.spec().registry().dockerConfigJson() != null
          && app.spec().secretStore() == null) {
        ctx.report(
            Code.SECRET_STORE_MISSING,
            app.pointer() + "/registry/dockerConfigJson",
            "registry.dockerConfigJson of application '"
                + ctx.name(app)
                + "' is a store reference, but "
                + "the application has no secretStore",
            "the registry's ExternalSecret acr reads from the "
                + "application's store: add secretStore: { name: ... } to application '"
                + ctx.name(app)
                + "'");
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        for (Walk.Secret s : Walk.secrets(ms)) {
          // an unknown environment is AGX2004's
          if (s.value() instanceof SecretValueSpec.Reference
              && Boolean.FALSE.equals(hasStore.get(s.environment()))) {
            ctx.report(
                Code.SECRET_STORE_MISSING,
                s.pointer(),
                "secretEnv "
                    + ctx.showKey(s.key())
                    + " of microservice '"
                    + ctx.name(ms)
                    + "' is a store reference in "
                    + "environment '"
                    + ctx.showKey(s.environment())
                    + "', which has no secretStore",
                "add secretStore: { name: ... } to application '"
                    + ctx.name(app)
                    + "' or to its environment '"
                    + ctx.showKey(s.environment())
                    + "'");
          }
        }
      }
    }
  }
}
