package io.aigonix.generate;

import io.aigonix.model.Microservice.Consent;
import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <env>-<ms>-event-horizons} (reference §5.4): the environment NetworkPolicy admits only
 * pods of the same application and environment, so a producer whose consumers live in other
 * applications lets their runtimes reach its runtime port. One peer per consumer, in the order of
 * first consent.
 */
final class EventHorizonNetworkPolicyGenerator implements Generator<MsContext> {
  @Override
  public List<HasMetadata> generate(MsContext c) {
    Map<String, NetworkPolicyPeer> peers = new LinkedHashMap<>();
    for (Consent consent : c.ms().consents()) {
      if (consent.crossesApplications(c.app().name())) {
        peers.computeIfAbsent(
            consent.consumerApplication() + "/" + consent.consumerMicroservice(),
            k -> peer(c, consent));
      }
    }
    if (peers.isEmpty()) {
      return List.of();
    }
    return List.of(
        new NetworkPolicyBuilder()
            .withMetadata(
                Meta.of(
                    c, Names.eventHorizonNetworkPolicy(c.env().objectName(), c.ms().objectName())))
            .withNewSpec()
            .withNewPodSelector()
            .withMatchLabels(Labels.of(c))
            .endPodSelector()
            .withPolicyTypes("Ingress")
            .addNewIngress()
            .withFrom(new ArrayList<>(peers.values()))
            .withPorts(
                new NetworkPolicyPortBuilder()
                    .withPort(new IntOrString(Ports.RUNTIME))
                    .withProtocol("TCP")
                    .build())
            .endIngress()
            .endSpec()
            .build());
  }

  private static NetworkPolicyPeer peer(MsContext c, Consent consent) {
    TreeMap<String, String> namespace = new TreeMap<>();
    namespace.put("tenant", Names.label(c.model().customer().name()));
    namespace.put("application", Names.label(consent.consumerApplication()));
    TreeMap<String, String> pods = new TreeMap<>();
    pods.put("environment", Names.label(c.env().name()));
    pods.put("microservice", Names.label(consent.consumerMicroservice()));
    return new NetworkPolicyPeerBuilder()
        .withNewNamespaceSelector()
        .withMatchLabels(namespace)
        .endNamespaceSelector()
        .withNewPodSelector()
        .withMatchLabels(pods)
        .endPodSelector()
        .build();
  }
}
