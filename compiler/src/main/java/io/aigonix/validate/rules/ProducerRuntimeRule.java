package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.validate.Producers;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * AGX2006: both ends of an event horizon run the Dolittle Runtime in every environment they share.
 */
public final class ProducerRuntimeRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    List<Walk.App> apps = Walk.applications(ctx.spec());
    for (Walk.Subscription sub : Walk.subscriptions(ctx.spec())) {
      Walk.Ms consumer = sub.consumer();
      String pointer = sub.pointer() + "/producer/microservice";
      Optional<Walk.Ms> resolved = Producers.resolve(consumer, sub.spec(), apps);
      if (resolved.isEmpty()) {
        continue;
      }
      Walk.Ms producer = resolved.get();
      List<String> producerMissing = new ArrayList<>();
      List<String> consumerMissing = new ArrayList<>();
      for (Walk.Deployed c : ctx.deployments(consumer)) {
        for (Walk.Deployed p : ctx.deployments(producer)) {
          if (c.environment().equals(p.environment())) {
            if (!hasRuntime(p.effective())) {
              producerMissing.add(p.environment());
            }
            if (!hasRuntime(c.effective())) {
              consumerMissing.add(c.environment());
            }
          }
        }
      }
      report(ctx, pointer, "producer", producer, producerMissing);
      report(ctx, pointer, "consumer", consumer, consumerMissing);
    }
  }

  private static void report(
      RuleContext ctx, String pointer, String role, Walk.Ms ms, List<String> environments) {
    if (!environments.isEmpty()) {
      ctx.report(
          Code.PRODUCER_WITHOUT_RUNTIME,
          pointer,
          "event-horizon "
              + role
              + " '"
              + ctx.name(ms)
              + "' has no runtime in "
              + String.join(", ", SharedEnvironmentRule.environments(ctx, ms.app(), environments)),
          "event horizons flow between Dolittle Runtimes; give the " + role + " a runtime");
    }
  }

  private static boolean hasRuntime(MicroserviceSpec ms) {
    return ms.runtime() != null && !ms.runtime().isNone();
  }
}
