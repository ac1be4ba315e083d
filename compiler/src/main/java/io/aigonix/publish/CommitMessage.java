package io.aigonix.publish;

import io.aigonix.diff.FileChanges;
import io.aigonix.layout.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The publish commit message: a subject counting the files (one object each) added, changed and
 * removed, a body grouping them by the folder {@link Layout#locate} lists them under (files outside
 * the output's folders by their directory, {@code .} at the root), and the trailers in the last
 * paragraph.
 */
final class CommitMessage {
  private static final int MAX_LISTED = 60;

  private CommitMessage() {}

  static String build(String subject, FileChanges changes, List<String> trailers) {
    StringBuilder out = new StringBuilder();
    out.append(subject != null && !subject.isBlank() ? subject.strip() : defaultSubject(changes))
        .append("\n\n");
    Map<String, List<String>> groups = new TreeMap<>();
    add(groups, changes.added(), '+');
    add(groups, changes.changed(), '~');
    add(groups, changes.removed(), '-');
    int listed = 0;
    for (Map.Entry<String, List<String>> group : groups.entrySet()) {
      List<String> lines = group.getValue();
      out.append(group.getKey()).append(": ").append(counts(lines)).append('\n');
      for (String line :
          lines.stream().sorted((a, b) -> a.substring(2).compareTo(b.substring(2))).toList()) {
        if (listed++ < MAX_LISTED) {
          out.append("  ").append(line).append('\n');
        }
      }
    }
    if (listed > MAX_LISTED) {
      out.append("  … and ").append(listed - MAX_LISTED).append(" more\n");
    }
    if (!trailers.isEmpty()) {
      out.append('\n');
      trailers.forEach(t -> out.append(t).append('\n'));
    }
    return out.toString();
  }

  static String defaultSubject(FileChanges c) {
    return "aigonix: "
        + c.added().size()
        + " added, "
        + c.changed().size()
        + " changed, "
        + c.removed().size()
        + " removed";
  }

  private static void add(Map<String, List<String>> groups, List<String> paths, char mark) {
    for (String path : paths) {
      Layout.Location at = Layout.locate(path);
      String folder = at.directory().isEmpty() ? "." : at.directory();
      groups.computeIfAbsent(folder, k -> new ArrayList<>()).add(mark + " " + at.file());
    }
  }

  private static String counts(List<String> lines) {
    long added = lines.stream().filter(l -> l.charAt(0) == '+').count();
    long changed = lines.stream().filter(l -> l.charAt(0) == '~').count();
    long removed = lines.stream().filter(l -> l.charAt(0) == '-').count();
    List<String> parts = new ArrayList<>();
    if (added > 0) {
      parts.add(added + " added");
    }
    if (changed > 0) {
      parts.add(changed + " changed");
    }
    if (removed > 0) {
      parts.add(removed + " removed");
    }
    return String.join(", ", parts);
  }
}
