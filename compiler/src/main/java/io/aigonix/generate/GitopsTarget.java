package io.aigonix.generate;

import io.aigonix.layout.Folder;
import io.aigonix.model.Application;
import io.aigonix.model.Environment;
import io.aigonix.model.Model;
import io.aigonix.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * One folder a GitOps tool syncs: an application's own folder (no environment) or one of its
 * environments' folders. The environment folders depend on the application folder. With clusters
 * (SPEC §12) a cluster syncs its environments and the application folders they need, and never an
 * environment that is on another cluster.
 */
record GitopsTarget(Model model, Application app, Optional<Environment> env) {
  static List<GitopsTarget> all(Model model) {
    List<GitopsTarget> targets = new ArrayList<>();
    for (Application app : model.applications()) {
      targets.add(new GitopsTarget(model, app, Optional.empty()));
      for (Environment env : app.environments()) {
        targets.add(new GitopsTarget(model, app, Optional.of(env)));
      }
    }
    return targets;
  }

  /** The folders cluster {@code cluster} syncs, in the order of {@link #all}. */
  static List<GitopsTarget> on(Model model, String cluster) {
    List<GitopsTarget> targets = new ArrayList<>();
    for (Application app : model.applications()) {
      List<Environment> here = app.environments().stream()
          .filter(e -> e.cluster().filter(cluster::equals).isPresent()).toList();
      if (!here.isEmpty()) {
        targets.add(new GitopsTarget(model, app, Optional.empty()));
        here.forEach(e -> targets.add(new GitopsTarget(model, app, Optional.of(e))));
      }
    }
    return targets;
  }

  String name() {
    return env.map(e -> Names.gitopsEnvironment(app.name(), e.name())).orElse(Names.gitopsApplication(app.name()));
  }

  /** The folder it syncs: the application's or the environment's, the same the objects are placed in. */
  Folder folder() {
    return env.<Folder>map(e -> Folder.of(app, e)).orElseGet(() -> Folder.of(app));
  }

  SortedMap<String, String> labels() {
    return env.map(e -> Labels.of(new EnvContext(model, app, e))).orElse(Labels.of(new AppContext(model, app)));
  }

  SortedMap<String, String> annotations() {
    return Labels.annotations(new AppContext(model, app));
  }
}
