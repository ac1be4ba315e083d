package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.Producers;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.List;

/**
 * AGX2007: an event horizon's producer and consumer are deployed to at least one environment of the
 * same name.
 */
public final class SharedEnvironmentRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Producers.Resolved r : Producers.resolved(ctx)) {
      Walk.Ms consumer = r.subscription().consumer();
      List<String> consumerEnvs = r.consumerEnvironments();
      List<String> producerEnvs = r.producerEnvironments();
      if (!shareOne(consumerEnvs, producerEnvs)) {
        ctx.report(
            Code.NO_SHARED_ENVIRONMENT,
            r.subscription().pointer() + "/producer",
            "'"
                + ctx.name(consumer)
                + "' and its producer '"
                + ctx.name(r.producer())
                + "' share no environment",
            "consumer runs in ["
                + String.join(", ", environments(ctx, consumer.app(), consumerEnvs))
                + "], producer in ["
                + String.join(", ", environments(ctx, r.producer().app(), producerEnvs))
                + "]");
      }
    }
  }

  /** Environment names of {@code app} as a message may show them. */
  static List<String> environments(RuleContext ctx, Walk.App app, List<String> names) {
    List<String> shown = new java.util.ArrayList<>();
    for (String name : names) {
      shown.add(ctx.environment(app, name));
    }
    return shown;
  }

  private static boolean shareOne(List<String> consumerEnvs, List<String> producerEnvs) {
    for (String env : consumerEnvs) {
      if (producerEnvs.contains(env)) {
        return true;
      }
    }
    return false;
  }
}
