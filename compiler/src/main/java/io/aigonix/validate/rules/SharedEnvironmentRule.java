package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec.EventHorizonSpec;
import io.aigonix.validate.Producers;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.List;

/** AGX2007: an event horizon's producer and consumer are deployed to at least one environment of the same name. */
public final class SharedEnvironmentRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    List<Walk.App> apps = Walk.applications(ctx.spec());
    for (Walk.Ms consumer : Walk.allMicroservices(ctx.spec())) {
      for (int h = 0; h < consumer.spec().eventHorizons().size(); h++) {
        EventHorizonSpec eh = consumer.spec().eventHorizons().get(h);
        String pointer = consumer.at("/eventHorizons/" + h + "/producer");
        Producers.resolve(consumer, eh, apps).ifPresent(producer -> {
          List<String> consumerEnvs = Walk.deployments(consumer).stream().map(Walk.Deployed::environment).toList();
          List<String> producerEnvs = Walk.deployments(producer).stream().map(Walk.Deployed::environment).toList();
          if (consumerEnvs.stream().noneMatch(producerEnvs::contains)) {
            ctx.report(Code.NO_SHARED_ENVIRONMENT, pointer, "'" + consumer.spec().name() + "' and its producer '"
                + producer.spec().name() + "' share no environment",
                "consumer runs in [" + String.join(", ", consumerEnvs) + "], producer in ["
                    + String.join(", ", producerEnvs) + "]");
          }
        });
      }
    }
  }
}
