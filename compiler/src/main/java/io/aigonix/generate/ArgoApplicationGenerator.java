package io.aigonix.generate;

import io.aigonix.layout.Folder;
import io.aigonix.layout.Layout;
import io.aigonix.model.Gitops.ArgoCd;
import io.aigonix.model.Gitops.Cluster;
import io.aigonix.model.Model;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Argo CD Applications (argoproj.io/v1alpha1): one per application folder and one per environment
 * folder, automated sync with prune and self-heal, deploying into the application's namespace.
 *
 * <p>With clusters (SPEC §12) each Argo CD cluster gets {@code _gitops/argocd/<cluster>/} with its
 * Applications, deploying to the cluster's server, named {@code <cluster>-<app>[-<env>]} so that
 * one Argo CD managing several clusters sees unique names, and ordered by {@code
 * argocd.argoproj.io/sync-wave} (the application folder 0, its environments 1). The root of each
 * cluster is the app-of-apps {@code aigonix-<cluster>} in {@code _gitops/argocd/}: it runs on Argo
 * CD's own cluster, where Applications live, and syncs the cluster's folder.
 */
final class ArgoApplicationGenerator {
  static final String SYNC_WAVE = "argocd.argoproj.io/sync-wave";

  /** Where Argo CD itself runs: its Application objects are created there. */
  private static final String IN_CLUSTER = "https://kubernetes.default.svc";

  /** The Applications by the folder they go to: the clusters' folders in order, then the roots. */
  Map<Folder, List<HasMetadata>> generate(Model model) {
    Map<Folder, List<HasMetadata>> folders = new LinkedHashMap<>();
    if (model.gitops().argocd().isEmpty()) {
      return folders;
    }
    ArgoCd argo = model.gitops().argocd().get();
    if (model.gitops().clusters().isEmpty()) {
      List<HasMetadata> apps = new ArrayList<>();
      for (GitopsTarget t : GitopsTarget.all(model)) {
        apps.add(
            application(
                t.name(),
                argo.namespace(),
                t.labels(),
                t.annotations(),
                argo,
                model.gitops().repositoryPath(Layout.path(t.folder())),
                t.app().namespace(),
                argo.destinationServer(),
                t.enforce()));
      }
      folders.put(Folder.argocd(), apps);
      return folders;
    }
    List<HasMetadata> roots = new ArrayList<>();
    for (Cluster c : model.gitops().clusters().values()) {
      if (!c.argocd()) {
        continue;
      }
      Folder folder = Folder.of(Folder.Gitops.ARGOCD, c.name());
      List<HasMetadata> apps = new ArrayList<>();
      for (GitopsTarget t : GitopsTarget.on(model, c.name())) {
        SortedMap<String, String> annotations = t.annotations();
        annotations.put(SYNC_WAVE, t.env().isPresent() ? "1" : "0");
        apps.add(
            application(
                c.name() + "-" + t.name(),
                argo.namespace(),
                t.labels(),
                annotations,
                argo,
                model.gitops().repositoryPath(Layout.path(t.folder())),
                t.app().namespace(),
                c.server(),
                t.enforce()));
      }
      if (!apps.isEmpty()) {
        folders.put(folder, apps);
        roots.add(
            application(
                "aigonix-" + c.name(),
                argo.namespace(),
                Labels.of(model),
                Labels.annotations(model),
                argo,
                model.gitops().repositoryPath(Layout.path(folder)),
                argo.namespace(),
                IN_CLUSTER,
                Optional.empty()));
      }
    }
    if (!roots.isEmpty()) {
      folders.put(Folder.argocd(), roots);
    }
    return folders;
  }

  private static HasMetadata application(
      String name,
      String namespace,
      SortedMap<String, String> labels,
      SortedMap<String, String> annotations,
      ArgoCd argo,
      String path,
      String destinationNamespace,
      String server,
      Optional<Map<String, Object>> patch) {
    Map<String, Object> source = new LinkedHashMap<>();
    patch.ifPresent(p -> source.put("kustomize", Map.of("patches", List.of(p))));
    source.put("path", path.substring(2));
    source.put("repoURL", argo.repoUrl());
    source.put("targetRevision", argo.targetRevision());
    Map<String, Object> destination = new LinkedHashMap<>();
    destination.put("namespace", destinationNamespace);
    destination.put("server", server);
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
    app.setMetadata(Meta.of(name, namespace, labels, annotations));
    app.setAdditionalProperty("spec", spec);
    return app;
  }
}
