package io.aigonix.generate;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.List;

/**
 * policy/v1 PodDisruptionBudget {@code minAvailable: 1} for a microservice with more than one
 * replica; an autoscaled one has one when its {@code minReplicas} is more than one (with one pod, a
 * budget of one would block every node drain).
 */
final class PodDisruptionBudgetGenerator implements Generator<MsContext> {
  @Override
  public List<HasMetadata> generate(MsContext c) {
    int least = c.ms().autoscaling().map(a -> a.minReplicas()).orElse(c.ms().replicas());
    if (least <= 1) {
      return List.of();
    }
    return List.of(
        new PodDisruptionBudgetBuilder()
            .withMetadata(Meta.of(c, c.name()))
            .withNewSpec()
            .withMinAvailable(new IntOrString(1))
            .withNewSelector()
            .withMatchLabels(Labels.of(c))
            .endSelector()
            .endSpec()
            .build());
  }
}
