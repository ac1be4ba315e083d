package io.aigonix.diff;

import io.aigonix.layout.Folder;
import io.aigonix.layout.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the objects of two compiled trees into a plan: one entry per application, environment,
 * microservice and GitOps folder that is added, removed or changed. Objects are placed by their
 * aigonix labels, falling back to the folder {@link Layout} says they are in (a file outside every
 * folder is planned under its own directory), and matched by path (one object per file, named after
 * kind and name).
 */
public final class Planner {
  private record Scope(
      String sortKey,
      String display,
      String application,
      String environment,
      String microservice) {}

  public List<PlanEntry> plan(
      SortedMap<String, Manifest> before, SortedMap<String, Manifest> after) {
    TreeSet<String> applications = new TreeSet<>();
    before.values().forEach(m -> addIfPresent(applications, m.application()));
    after.values().forEach(m -> addIfPresent(applications, m.application()));
    boolean qualify = applications.size() > 1;

    Map<String, Scope> scopes = new TreeMap<>();
    Map<String, List<String>> pathsByScope = new TreeMap<>();
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    for (String path : paths) {
      Manifest m = after.containsKey(path) ? after.get(path) : before.get(path);
      Scope scope = scopeOf(m, qualify);
      scopes.putIfAbsent(scope.sortKey(), scope);
      pathsByScope.computeIfAbsent(scope.sortKey(), k -> new ArrayList<>()).add(path);
    }

    List<PlanEntry> plan = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : pathsByScope.entrySet()) {
      Scope scope = scopes.get(e.getKey());
      List<String> scopePaths = e.getValue();
      boolean allNew = scopePaths.stream().noneMatch(before::containsKey);
      boolean allGone = scopePaths.stream().noneMatch(after::containsKey);
      if (allNew || allGone) {
        plan.add(
            entry(scope, allNew ? PlanEntry.Change.ADDED : PlanEntry.Change.REMOVED, List.of()));
        continue;
      }
      List<String> details = new ArrayList<>();
      boolean roll = false;
      for (String path : scopePaths) {
        Manifest old = before.get(path);
        Manifest now = after.get(path);
        if (old == null) {
          details.addAll(ObjectChanges.added(now));
        } else if (now == null) {
          details.add(ObjectChanges.label(old) + " removed");
        } else {
          List<String> d = ObjectChanges.describe(old, now);
          details.addAll("Deployment".equals(now.kind()) ? 0 : details.size(), d);
          roll |= ObjectChanges.podsRoll(old, now);
        }
      }
      if (roll) {
        details.add("pods will roll");
      }
      if (!details.isEmpty()) {
        plan.add(entry(scope, PlanEntry.Change.CHANGED, details));
      }
    }
    return plan;
  }

  private static PlanEntry entry(Scope s, PlanEntry.Change change, List<String> details) {
    return new PlanEntry(
        s.display(), s.application(), s.environment(), s.microservice(), change, details);
  }

  private static Scope scopeOf(Manifest m, boolean qualify) {
    Layout.Location at = Layout.locate(m.path());
    Folder folder = at.folder().orElse(null);
    if (folder instanceof Folder.Gitops g) {
      String key = g.tool() + g.cluster().map(c -> "/" + c).orElse("");
      return new Scope(
          "0/" + key,
          "GitOps " + title(g) + g.cluster().map(c -> " " + c).orElse(""),
          null,
          null,
          null);
    }
    String app = name(m.application());
    if (app == null) {
      app =
          folder instanceof Folder.OfApplication a
              ? a.application()
              : at.directory().isEmpty() ? at.file() : at.directory();
    }
    String env = name(m.environment());
    String ms = name(m.microservice());
    if (env == null && folder instanceof Folder.OfEnvironment e) {
      env = e.environment();
    }
    String prefix = qualify ? app + "/" : "";
    if (env == null) {
      return new Scope("1/" + app, app, app, null, null);
    }
    if (ms == null) {
      return new Scope("1/" + app + "/" + env, prefix + env, app, env, null);
    }
    return new Scope("1/" + app + "/" + env + "/" + ms, prefix + env + "/" + ms, app, env, ms);
  }

  private static String title(Folder.Gitops g) {
    return switch (g.tool()) {
      case Folder.Gitops.ARGOCD -> "Argo CD";
      case Folder.Gitops.FLUX -> "Flux";
      default -> g.tool();
    };
  }

  private static String name(String label) {
    return label == null ? null : label.replace('_', ' ');
  }

  private static void addIfPresent(TreeSet<String> set, String value) {
    if (value != null) {
      set.add(Objects.requireNonNull(value));
    }
  }
}
