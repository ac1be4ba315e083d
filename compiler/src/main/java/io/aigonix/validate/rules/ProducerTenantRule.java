package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.model.Defaults;
import io.aigonix.model.Names;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.validate.Producers;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * AGX2029: each tenant of the consumer's environment subscribes to the same tenant at the producer
 * (SPEC §2.3), so in every environment both are deployed to, the producer's environment has each of
 * the consumer's tenants. Otherwise the Runtime's subscription names a tenant the producer does not
 * serve and never receives events. Within one application both ends share the environment; this
 * matters across applications.
 */
public final class ProducerTenantRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Producers.Resolved r : Producers.resolved(ctx)) {
      Walk.Ms producer = r.producer();
      for (String env : r.consumerEnvironments()) {
        if (!r.producerEnvironments().contains(env)) {
          continue;
        }
        List<String> have = tenants(environment(producer.app(), env));
        Walk.Ms consumer = r.subscription().consumer();
        for (String tenant : tenants(environment(consumer.app(), env))) {
          if (!have.contains(tenant)) {
            ctx.report(
                Code.PRODUCER_TENANT_MISSING,
                r.subscription().pointer() + "/producer",
                "tenant "
                    + tenant(ctx, consumer.app(), env, tenant)
                    + " of "
                    + ctx.environment(consumer.app(), env)
                    + " has no counterpart at producer '"
                    + ctx.name(producer)
                    + "' (application '"
                    + ctx.name(producer.app())
                    + "')",
                "each consumer tenant subscribes to the same tenant at the producer; add it to the producer's "
                    + ctx.environment(consumer.app(), env)
                    + " environment");
          }
        }
      }
    }
  }

  /**
   * A consumer's tenant id (lower-cased) as a message may show it: as {@link RuleContext#show}
   * shows the id it comes from; the default development tenant is no user's value.
   */
  private static String tenant(RuleContext ctx, Walk.App app, String env, String id) {
    for (Walk.Env e : Walk.environments(app)) {
      if (Names.object(e.spec().name()).equals(Names.object(env)) && e.spec().tenants() != null) {
        for (int t = 0; t < e.spec().tenants().size(); t++) {
          if (id.equals(e.spec().tenants().get(t).id().toLowerCase(Locale.ROOT))) {
            return ctx.show(e.pointer() + "/tenants/" + t + "/id", id);
          }
        }
      }
    }
    return id;
  }

  private static Optional<EnvironmentSpec> environment(Walk.App app, String name) {
    for (EnvironmentSpec e : app.spec().environments()) {
      if (Names.object(e.name()).equals(Names.object(name))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static List<String> tenants(Optional<EnvironmentSpec> env) {
    if (env.isEmpty()) {
      return List.of();
    }
    if (env.get().tenants() == null) {
      return List.of(Defaults.DEVELOPMENT_TENANT);
    }
    List<String> ids = new ArrayList<>();
    for (EnvironmentSpec.TenantSpec t : env.get().tenants()) {
      String id = t.id().toLowerCase(Locale.ROOT);
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }
}
