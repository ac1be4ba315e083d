package io.aigonix.diff;

import io.aigonix.render.OutputTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The files that differ between two trees, each list sorted by path. */
public record FileChanges(List<String> added, List<String> changed, List<String> removed) {
  public FileChanges {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
  }

  public static FileChanges between(OutputTree before, OutputTree after) {
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : after.files().entrySet()) {
      byte[] old = before.files().get(e.getKey());
      if (old == null) {
        added.add(e.getKey());
      } else if (!Arrays.equals(old, e.getValue())) {
        changed.add(e.getKey());
      }
    }
    for (String path : before.files().keySet()) {
      if (!after.files().containsKey(path)) {
        removed.add(path);
      }
    }
    return new FileChanges(added, changed, removed);
  }

  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }

  public int total() {
    return added.size() + changed.size() + removed.size();
  }
}
