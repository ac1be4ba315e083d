package io.aigonix.generate;

import io.aigonix.layout.Layout;
import io.aigonix.model.Gitops.ArgoCd;
import io.aigonix.model.Model;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Argo CD Applications (argoproj.io/v1alpha1): one per application folder and one per environment
 * folder, automated sync with prune and self-heal, deploying into the application's namespace.
 */
final class ArgoApplicationGenerator implements Generator<Model> {
  @Override
  public List<HasMetadata> generate(Model model) {
    if (model.gitops().argocd().isEmpty()) {
      return List.of();
    }
    ArgoCd argo = model.gitops().argocd().get();
    List<HasMetadata> objects = new ArrayList<>();
    for (GitopsTarget t : GitopsTarget.all(model)) {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("path", model.gitops().repositoryPath(Layout.path(t.folder())).substring(2));
      source.put("repoURL", argo.repoUrl());
      source.put("targetRevision", argo.targetRevision());
      Map<String, Object> destination = new LinkedHashMap<>();
      destination.put("namespace", t.app().namespace());
      destination.put("server", argo.destinationServer());
      Map<String, Object> automated = new LinkedHashMap<>();
      automated.put("prune", true);
      automated.put("selfHeal", true);
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("destination", destination);
      spec.put("project", argo.project());
      spec.put("source", source);
      spec.put("syncPolicy", Map.of("automated", automated));
      GenericKubernetesResource app = new GenericKubernetesResource();
      app.setApiVersion("argoproj.io/v1alpha1");
      app.setKind("Application");
      app.setMetadata(Meta.of(t.name(), argo.namespace(), t.labels(), t.annotations()));
      app.setAdditionalProperty("spec", spec);
      objects.add(app);
    }
    return objects;
  }
}
