package io.aigonix.generate;

import io.aigonix.layout.Folder;
import io.aigonix.layout.Layout;
import io.aigonix.model.Application;
import io.aigonix.model.Environment;
import io.aigonix.model.Model;
import io.aigonix.model.Names;
import io.aigonix.model.SecurityProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One folder a GitOps tool syncs: an application's own folder (no environment) or one of its
 * environments' folders. The environment folders depend on the application folder. With clusters
 * (SPEC §12) a cluster syncs its environments and the application folders they need, and never an
 * environment that is on another cluster. {@code cluster} holds the application's environments the
 * syncing cluster has (all of them without clusters). Only folders the layout kustomizes are
 * synced: an edge environment's (SPEC §9) is deployed with iofogctl instead.
 */
record GitopsTarget(
    Model model, Application app, Optional<Environment> env, List<Environment> cluster) {
  static List<GitopsTarget> all(Model model) {
    List<GitopsTarget> targets = new ArrayList<>();
    for (Application app : model.applications()) {
      targets.add(new GitopsTarget(model, app, Optional.empty(), app.environments()));
      for (Environment env : app.environments()) {
        GitopsTarget target = new GitopsTarget(model, app, Optional.of(env), app.environments());
        if (Layout.kustomized(target.folder())) {
          targets.add(target);
        }
      }
    }
    return targets;
  }

  /** The folders cluster {@code cluster} syncs, in the order of {@link #all}. */
  static List<GitopsTarget> on(Model model, String cluster) {
    List<GitopsTarget> targets = new ArrayList<>();
    for (Application app : model.applications()) {
      List<Environment> here =
          app.environments().stream()
              .filter(e -> e.cluster().filter(cluster::equals).isPresent())
              .toList();
      if (!here.isEmpty()) {
        targets.add(new GitopsTarget(model, app, Optional.empty(), here));
        here.stream()
            .map(e -> new GitopsTarget(model, app, Optional.of(e), here))
            .filter(t -> Layout.kustomized(t.folder()))
            .forEach(targets::add);
      }
    }
    return targets;
  }

  String name() {
    return env.map(e -> Names.gitopsEnvironment(app.objectName(), e.objectName()))
        .orElse(Names.gitopsApplication(app.objectName()));
  }

  /**
   * The folder it syncs: the application's or the environment's, the same the objects are placed
   * in.
   */
  Folder folder() {
    return env.<Folder>map(e -> Folder.of(app, e)).orElseGet(() -> Folder.of(app));
  }

  /**
   * For an application folder synced by a cluster whose environments of the application enforce a
   * stricter profile than the Namespace in the folder (which has the weakest of all environments):
   * a JSON patch setting the cluster's value (SPEC §12, "the weakest among the environments that
   * share it on a cluster"), as Flux's {@code spec.patches} and Argo CD's {@code
   * source.kustomize.patches} take it.
   */
  Optional<Map<String, Object>> enforce() {
    Optional<SecurityProfile> folder = SecurityProfile.enforced(app.environments());
    SecurityProfile here = SecurityProfile.enforced(cluster).orElse(SecurityProfile.BASELINE);
    if (env.isPresent() || folder.isEmpty() || folder.get() == here) {
      return Optional.empty();
    }
    String patch =
        "- op: replace\n  path: /metadata/labels/"
            + NamespaceGenerator.ENFORCE.replace("/", "~1")
            + "\n  value: "
            + here.label()
            + "\n";
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("kind", "Namespace");
    target.put("name", app.namespace());
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("patch", patch);
    p.put("target", target);
    return Optional.of(p);
  }

  SortedMap<String, String> labels() {
    return env.map(e -> Labels.of(new EnvContext(model, app, e)))
        .orElse(Labels.of(new AppContext(model, app)));
  }

  SortedMap<String, String> annotations() {
    return Labels.annotations(new AppContext(model, app));
  }
}
