package io.aigonix.generate;

import io.aigonix.layout.Folder;
import io.aigonix.layout.Layout;
import io.aigonix.model.Gitops.Cluster;
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
 * Without clusters they all go to {@code _gitops/flux}; with clusters each Flux cluster gets its
 * own folder with the Kustomizations of its environments (names are unique within a cluster, which
 * is all Flux needs), and the layout gives that folder the kustomization.yaml a cluster's root
 * Kustomization points at.
 */
final class FluxKustomizationGenerator {
  static final String NAMESPACE = "flux-system";

  /** The Kustomizations by the folder they go to, in cluster order. */
  Map<Folder, List<HasMetadata>> generate(Model model) {
    Map<Folder, List<HasMetadata>> folders = new LinkedHashMap<>();
    if (model.gitops().flux().isEmpty()) {
      return folders;
    }
    if (model.gitops().clusters().isEmpty()) {
      folders.put(Folder.flux(), kustomizations(model, GitopsTarget.all(model)));
    }
    for (Cluster c : model.gitops().clusters().values()) {
      if (c.flux()) {
        folders.put(
            Folder.of(Folder.Gitops.FLUX, c.name()),
            kustomizations(model, GitopsTarget.on(model, c.name())));
      }
    }
    return folders;
  }

  private static List<HasMetadata> kustomizations(Model model, List<GitopsTarget> targets) {
    Flux flux = model.gitops().flux().get();
    List<HasMetadata> objects = new ArrayList<>();
    for (GitopsTarget t : targets) {
      Map<String, Object> spec = new LinkedHashMap<>();
      t.env()
          .ifPresent(
              e ->
                  spec.put(
                      "dependsOn",
                      List.of(Map.of("name", Names.gitopsApplication(t.app().objectName())))));
      spec.put("interval", flux.interval());
      t.enforce().ifPresent(p -> spec.put("patches", List.of(p)));
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
