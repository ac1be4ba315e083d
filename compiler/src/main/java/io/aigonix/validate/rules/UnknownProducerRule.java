package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec.EventHorizonSpec;
import io.aigonix.validate.Producers;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.List;

/** AGX2005: the application and microservice an event horizon consumes from exist. */
public final class UnknownProducerRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    List<Walk.App> apps = Walk.applications(ctx.spec());
    for (Walk.Subscription sub : Walk.subscriptions(ctx.spec())) {
      EventHorizonSpec eh = sub.spec();
      String pointer = sub.pointer() + "/producer";
      var app = Producers.application(sub.consumer(), eh, apps);
      if (app.isEmpty()) {
        ctx.report(
            Code.UNKNOWN_PRODUCER,
            pointer + "/application",
            "event-horizon producer application '"
                + ctx.show(pointer + "/application", eh.producer().application())
                + "' does not exist",
            "applications: " + String.join(", ", apps.stream().map(ctx::name).toList()));
      } else if (Producers.microservice(app.get(), eh).isEmpty()) {
        ctx.report(
            Code.UNKNOWN_PRODUCER,
            pointer + "/microservice",
            "event-horizon producer microservice '"
                + ctx.show(pointer + "/microservice", eh.producer().microservice())
                + "' does not exist in application '"
                + ctx.name(app.get())
                + "'",
            "microservices there: "
                + String.join(
                    ", ", Walk.microservices(app.get()).stream().map(ctx::name).toList()));
      }
    }
  }
}
