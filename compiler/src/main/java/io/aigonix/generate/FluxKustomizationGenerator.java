package io.aigonix.generate;

import io.aigonix.layout.Layout;
import io.aigonix.model.Gitops.Flux;
import io.aigonix.model.Model;
import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flux Kustomizations (kustomize.toolkit.fluxcd.io/v1, namespace flux-system): one per application
 * folder and one per environment folder that {@code dependsOn} it, with {@code prune: true}.
 */
final class FluxKustomizationGenerator implements Generator<Model> {
  static final String NAMESPACE = "flux-system";

  @Override
  public List<HasMetadata> generate(Model model) {
    if (model.gitops().flux().isEmpty()) {
      return List.of();
    }
    Flux flux = model.gitops().flux().get();
    List<HasMetadata> objects = new ArrayList<>();
    for (GitopsTarget t : GitopsTarget.all(model)) {
      Map<String, Object> spec = new LinkedHashMap<>();
      t.env().ifPresent(e -> spec.put("dependsOn", List.of(Map.of("name", Names.gitopsApplication(t.app().name())))));
      spec.put("interval", flux.interval());
      spec.put("path", model.gitops().repositoryPath(Layout.path(t.folder())));
      spec.put("prune", true);
      Map<String, Object> sourceRef = new LinkedHashMap<>();
      sourceRef.put("kind", flux.sourceKind());
      sourceRef.put("name", flux.sourceName());
      sourceRef.put("namespace", flux.sourceNamespace());
      spec.put("sourceRef", sourceRef);
      GenericKubernetesResource k = new GenericKubernetesResource();
      k.setApiVersion("kustomize.toolkit.fluxcd.io/v1");
      k.setKind("Kustomization");
      k.setMetadata(Meta.of(t.name(), NAMESPACE, t.labels(), t.annotations()));
      k.setAdditionalProperty("spec", spec);
      objects.add(k);
    }
    return objects;
  }
}
