package io.aigonix.validate;

import io.aigonix.model.Names;
import io.aigonix.spec.MicroserviceSpec.EventHorizonSpec;
import java.util.Optional;

/**
 * Finds the producer an event horizon names: by object name, in the consumer's application unless
 * given.
 */
public final class Producers {
  private Producers() {}

  public static Optional<Walk.App> application(
      Walk.Ms consumer, EventHorizonSpec eh, java.util.List<Walk.App> apps) {
    String wanted = eh.producer().application();
    if (wanted == null) {
      return Optional.of(consumer.app());
    }
    String object = Names.object(wanted);
    for (Walk.App a : apps) {
      if (Names.object(a.spec().name()).equals(object)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  public static Optional<Walk.Ms> microservice(Walk.App app, EventHorizonSpec eh) {
    String wanted = Names.object(eh.producer().microservice());
    for (Walk.Ms m : Walk.microservices(app)) {
      if (Names.object(m.spec().name()).equals(wanted)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  public static Optional<Walk.Ms> resolve(
      Walk.Ms consumer, EventHorizonSpec eh, java.util.List<Walk.App> apps) {
    Optional<Walk.App> app = application(consumer, eh, apps);
    return app.isPresent() ? microservice(app.get(), eh) : Optional.empty();
  }

  /** A subscription whose producer exists, with the environments each end is deployed to. */
  public record Resolved(
      Walk.Subscription subscription,
      Walk.Ms producer,
      java.util.List<String> consumerEnvironments,
      java.util.List<String> producerEnvironments) {}

  /** Every subscription of the spec whose producer exists (the others are AGX2005's). */
  public static java.util.List<Resolved> resolved(RuleContext ctx) {
    java.util.List<Walk.App> apps = Walk.applications(ctx.spec());
    java.util.List<Resolved> list = new java.util.ArrayList<>();
    for (Walk.Subscription sub : Walk.subscriptions(ctx.spec())) {
      Optional<Walk.Ms> producer = resolve(sub.consumer(), sub.spec(), apps);
      if (producer.isPresent()) {
        list.add(
            new Resolved(
                sub,
                producer.get(),
                environments(ctx, sub.consumer()),
                environments(ctx, producer.get())));
      }
    }
    return list;
  }

  private static java.util.List<String> environments(RuleContext ctx, Walk.Ms ms) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Walk.Deployed d : ctx.deployments(ms)) {
      names.add(d.environment());
    }
    return java.util.List.copyOf(names);
  }
}
