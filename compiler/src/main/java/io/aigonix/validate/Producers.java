package io.aigonix.validate;

import io.aigonix.model.Names;
import io.aigonix.spec.MicroserviceSpec.EventHorizonSpec;
import java.util.Optional;

/** Finds the producer an event horizon names: by object name, in the consumer's application unless given. */
public final class Producers {
  private Producers() {}

  public static Optional<Walk.App> application(Walk.Ms consumer, EventHorizonSpec eh, java.util.List<Walk.App> apps) {
    String wanted = eh.producer().application();
    if (wanted == null) {
      return Optional.of(consumer.app());
    }
    return apps.stream().filter(a -> Names.object(a.spec().name()).equals(Names.object(wanted))).findFirst();
  }

  public static Optional<Walk.Ms> microservice(Walk.App app, EventHorizonSpec eh) {
    String wanted = Names.object(eh.producer().microservice());
    return Walk.microservices(app).stream()
        .filter(m -> Names.object(m.spec().name()).equals(wanted))
        .findFirst();
  }

  public static Optional<Walk.Ms> resolve(Walk.Ms consumer, EventHorizonSpec eh, java.util.List<Walk.App> apps) {
    return application(consumer, eh, apps).flatMap(app -> microservice(app, eh));
  }
}
