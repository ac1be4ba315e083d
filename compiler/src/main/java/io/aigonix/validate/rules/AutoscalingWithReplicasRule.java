package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;

/**
 * AGX2032: {@code autoscaling} and {@code replicas} in one scope (the microservice, or one
 * environment's overrides): the autoscaler owns the replica count, so a fixed one beside it would
 * be ignored. Across scopes the closer one wins, which is not an error.
 */
public final class AutoscalingWithReplicasRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (Walk.Scope scope : Walk.scopes(ms)) {
        if (scope.autoscaling() != null && scope.replicas() != null) {
          ctx.reportAtKey(
              Code.AUTOSCALING_WITH_REPLICAS,
              scope.pointer() + "/replicas",
              "replicas and autoscaling are both set for '"
                  + ctx.name(ms)
                  + "'"
                  + (scope.pointer().equals(ms.pointer()) ? "" : " in one environment"),
              "remove replicas: the HorizontalPodAutoscaler sets the number of pods between minReplicas and maxReplicas");
        }
      }
    }
  }
}
