package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.spec.MicroserviceSpec.EventHorizonSpec;
import io.aigonix.validate.Producers;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.List;

/** AGX2006: both ends of an event horizon run the Dolittle Runtime in every environment they share. */
public final class ProducerRuntimeRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    List<Walk.App> apps = Walk.applications(ctx.spec());
    for (Walk.Ms consumer : Walk.allMicroservices(ctx.spec())) {
      for (int h = 0; h < consumer.spec().eventHorizons().size(); h++) {
        EventHorizonSpec eh = consumer.spec().eventHorizons().get(h);
        String pointer = consumer.at("/eventHorizons/" + h + "/producer/microservice");
        Producers.resolve(consumer, eh, apps).ifPresent(producer -> {
          for (Walk.Deployed c : Walk.deployments(consumer)) {
            for (Walk.Deployed p : Walk.deployments(producer)) {
              if (!c.environment().equals(p.environment())) {
                continue;
              }
              if (!hasRuntime(p.effective())) {
                ctx.report(Code.PRODUCER_WITHOUT_RUNTIME, pointer, "event-horizon producer '"
                    + producer.spec().name() + "' has no runtime in environment '" + p.environment() + "'",
                    "event horizons flow between Dolittle Runtimes; give the producer a runtime");
              } else if (!hasRuntime(c.effective())) {
                ctx.report(Code.PRODUCER_WITHOUT_RUNTIME, pointer, "event-horizon consumer '"
                    + consumer.spec().name() + "' has no runtime in environment '" + c.environment() + "'",
                    "event horizons flow between Dolittle Runtimes; give the consumer a runtime");
              }
            }
          }
        });
      }
    }
  }

  private static boolean hasRuntime(MicroserviceSpec ms) {
    return ms.runtime() != null && !ms.runtime().isNone();
  }
}
