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
    return apps.stream()
        .filter(a -> Names.object(a.spec().name()).equals(Names.object(wanted)))
        .findFirst();
  }

  public static Optional<Walk.Ms> microservice(Walk.App app, EventHorizonSpec eh) {
    String wanted = Names.object(eh.producer().microservice());
    return Walk.microservices(app).stream()
        .filter(m -> Names.object(m.spec().name()).equals(wanted))
        .findFirst();
  }

  public static Optional<Walk.Ms> resolve(
      Walk.Ms consumer, EventHorizonSpec eh, java.util.List<Walk.App> apps) {
    return application(consumer, eh, apps).flatMap(app -> microservice(app, eh));
  }

  /** A subscription whose producer exists, with the environments each end is deployed to. */
  public record Resolved(
      Walk.Subscription subscription,
      Walk.Ms producer,
      java.util.List<String> consumerEnvironments,
      java.util.List<String> producerEnvironments) {}

  /** Every subscription of the spec whose producer exists (the others are AGX2005's). */
  public static java.util.List<Resolved> resolved(io.aigonix.spec.AigonixSpec spec) {
    java.util.List<Walk.App> apps = Walk.applications(spec);
    java.util.List<Resolved> list = new java.util.ArrayList<>();
    for (Walk.Subscription sub : Walk.subscriptions(spec)) {
      resolve(sub.consumer(), sub.spec(), apps)
          .ifPresent(
              producer ->
                  list.add(
                      new Resolved(
                          sub, producer, environments(sub.consumer()), environments(producer))));
    }
    return list;
  }

  private static java.util.List<String> environments(Walk.Ms ms) {
    return Walk.deployments(ms).stream().map(Walk.Deployed::environment).toList();
  }
}
