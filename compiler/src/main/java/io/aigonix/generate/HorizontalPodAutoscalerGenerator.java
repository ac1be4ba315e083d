package io.aigonix.generate;

import io.aigonix.model.Microservice.Autoscaling;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SPEC §12: an autoscaling/v2 HorizontalPodAutoscaler {@code <env>-<ms>} for an autoscaled
 * microservice, scaling its Deployment between {@code minReplicas} and {@code maxReplicas} on
 * average cpu and/or memory utilisation (percent of the requests, which every container has). A
 * generic resource: the fabric8 autoscaling model is not a dependency, and the object is small.
 */
final class HorizontalPodAutoscalerGenerator implements Generator<MsContext> {
  @Override
  public List<HasMetadata> generate(MsContext c) {
    if (c.ms().autoscaling().isEmpty()) {
      return List.of();
    }
    Autoscaling a = c.ms().autoscaling().get();
    List<Object> metrics = new ArrayList<>();
    metric(metrics, "cpu", a.cpu());
    metric(metrics, "memory", a.memory());
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("apiVersion", "apps/v1");
    target.put("kind", "Deployment");
    target.put("name", c.name());
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("maxReplicas", a.maxReplicas());
    spec.put("metrics", metrics);
    spec.put("minReplicas", a.minReplicas());
    spec.put("scaleTargetRef", target);
    GenericKubernetesResource hpa = new GenericKubernetesResource();
    hpa.setApiVersion("autoscaling/v2");
    hpa.setKind("HorizontalPodAutoscaler");
    hpa.setMetadata(Meta.of(c, c.name()));
    hpa.setAdditionalProperty("spec", spec);
    return List.of(hpa);
  }

  private static void metric(List<Object> metrics, String resource, Optional<Integer> utilization) {
    utilization.ifPresent(
        u ->
            metrics.add(
                Map.of(
                    "type",
                    "Resource",
                    "resource",
                    Map.of(
                        "name",
                        resource,
                        "target",
                        Map.of("type", "Utilization", "averageUtilization", u)))));
  }
}
