package io.aigonix.generate;

import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import java.util.List;
import java.util.Map;

/**
 * {@code <env>-<ms>-ingress}: lets the ingress-nginx pods reach a public microservice (reference
 * §2).
 */
final class IngressNetworkPolicyGenerator implements Generator<MsContext> {
  @Override
  public List<HasMetadata> generate(MsContext c) {
    if (c.ms().publicPath().isEmpty()) {
      return List.of();
    }
    return List.of(
        new NetworkPolicyBuilder()
            .withMetadata(
                Meta.of(c, Names.ingressNetworkPolicy(c.env().objectName(), c.ms().objectName())))
            .withNewSpec()
            .withNewPodSelector()
            .withMatchLabels(Labels.of(c))
            .endPodSelector()
            .withPolicyTypes("Ingress")
            .addNewIngress()
            .withFrom(
                new NetworkPolicyPeerBuilder()
                    .withNewNamespaceSelector()
                    .withMatchLabels(Map.of("system", "Ingress"))
                    .endNamespaceSelector()
                    .withNewPodSelector()
                    .withMatchLabels(
                        new java.util.TreeMap<>(Map.of("system", "Ingress", "ingress", "Nginx")))
                    .endPodSelector()
                    .build())
            .endIngress()
            .endSpec()
            .build());
  }
}
