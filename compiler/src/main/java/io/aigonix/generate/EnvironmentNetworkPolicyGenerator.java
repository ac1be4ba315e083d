package io.aigonix.generate;

import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <env>}: the environment's pods accept traffic from pods of the same environment, from
 * Prometheus and from the platform API (reference §1c). The other two are matched by namespace
 * label {@code system} and pod labels, like the ingress controller in reference §2.
 */
final class EnvironmentNetworkPolicyGenerator implements Generator<EnvContext> {
  @Override
  public List<HasMetadata> generate(EnvContext c) {
    return List.of(
        new NetworkPolicyBuilder()
            .withMetadata(Meta.of(c, Names.environmentNetworkPolicy(c.env().objectName())))
            .withNewSpec()
            .withNewPodSelector()
            .withMatchLabels(Labels.of(c))
            .endPodSelector()
            .withPolicyTypes("Ingress")
            .addNewIngress()
            .withFrom(
                new NetworkPolicyPeerBuilder()
                    .withNewPodSelector()
                    .withMatchLabels(Labels.of(c))
                    .endPodSelector()
                    .build(),
                system(
                    "Monitoring",
                    Map.of(
                        "system", "Monitoring", "monitoring", "Metrics", "service", "Prometheus")),
                system("Api", Map.of("system", "Api", "environment", "Prod", "service", "Api-V1")))
            .endIngress()
            .endSpec()
            .build());
  }

  private static NetworkPolicyPeer system(String system, Map<String, String> podLabels) {
    return new NetworkPolicyPeerBuilder()
        .withNewNamespaceSelector()
        .withMatchLabels(new TreeMap<>(Map.of("system", system)))
        .endNamespaceSelector()
        .withNewPodSelector()
        .withMatchLabels(new TreeMap<>(podLabels))
        .endPodSelector()
        .build();
  }
}
