package io.aigonix.generate;

import io.aigonix.layout.Folder;
import io.aigonix.layout.Layout;
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
 * environments' folders. The environment folders depend on the application folder. Only folders the
 * layout kustomizes are synced: an edge environment's (SPEC §9) is deployed with iofogctl instead.
 */
record GitopsTarget(Model model, Application app, Optional<Environment> env) {
  static List<GitopsTarget> all(Model model) {
    List<GitopsTarget> targets = new ArrayList<>();
    for (Application app : model.applications()) {
      targets.add(new GitopsTarget(model, app, Optional.empty()));
      for (Environment env : app.environments()) {
        GitopsTarget target = new GitopsTarget(model, app, Optional.of(env));
        if (Layout.kustomized(target.folder())) {
          targets.add(target);
        }
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
