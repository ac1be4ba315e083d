package io.aigonix.diff;

import io.aigonix.render.OutputTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** The files that differ between two trees, each list sorted by path. */
public record FileChanges(List<String> added, List<String> changed, List<String> removed) {
  public FileChanges {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
  }

  public static FileChanges between(OutputTree before, OutputTree after) {
    return between(before.files(), after.files(), Arrays::equals);
  }

  /**
   * The same comparison on any per-path value that decides equality: publish compares Git object
   * ids, so it never reads the old files' contents. The maps need no order; the lists are sorted.
   */
  public static <T> FileChanges between(
      Map<String, T> before, Map<String, T> after, BiPredicate<T, T> same) {
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (Map.Entry<String, T> e : after.entrySet()) {
      T old = before.get(e.getKey());
      if (old == null) {
        added.add(e.getKey());
      } else if (!same.test(old, e.getValue())) {
        changed.add(e.getKey());
      }
    }
    for (String path : before.keySet()) {
      if (!after.containsKey(path)) {
        removed.add(path);
      }
    }
    added.sort(null);
    changed.sort(null);
    removed.sort(null);
    return new FileChanges(added, changed, removed);
  }

  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }

  public int total() {
    return added.size() + changed.size() + removed.size();
  }
}
