package io.aigonix.publish;

import io.aigonix.diff.FileChanges;
import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * Builds the new root tree of a branch without a work tree: the compiled files replace everything
 * at or under {@code prefix} ({@link SubtreeWriter}); every other entry of the base tree is kept as
 * it is (mode and object id, so symlinks, executables, submodules and foreign folders such as
 * Flux's flux-system/ survive byte for byte). Only the trees along the prefix are rewritten; the
 * folders beside it are reused by id, never walked.
 */
final class TreeComposer {
  /** The new root tree and the files that changed under the prefix. */
  record Composed(ObjectId tree, FileChanges changes) {}

  private TreeComposer() {}

  /**
   * @param prefix "" for the root, else a clean relative path without trailing slash
   */
  static Composed compose(
      ObjectReader reader,
      ObjectInserter inserter,
      ObjectId baseTree,
      String prefix,
      OutputTree files)
      throws IOException, PublishException {
    String[] parts = prefix.isEmpty() ? new String[0] : prefix.split("/");
    ObjectId oldSubtree = baseTree == null ? null : locate(reader, baseTree, parts);
    SubtreeWriter.Written written = SubtreeWriter.write(reader, inserter, oldSubtree, files);
    ObjectId root =
        parts.length == 0
            ? written.tree()
            : replace(reader, inserter, baseTree, parts, 0, written.tree());
    if (root == null) {
      root = TreeEntries.write(inserter, List.of(), Set.of());
    }
    return new Composed(root, written.changes());
  }

  /**
   * The tree at {@code parts} below {@code tree}, or null. A file (or submodule) on the way is an
   * error: publishing would have to delete it.
   */
  private static ObjectId locate(ObjectReader reader, ObjectId tree, String[] parts)
      throws IOException, PublishException {
    ObjectId at = tree;
    for (int i = 0; i < parts.length; i++) {
      TreeEntries.Entry found = find(TreeEntries.read(reader, at), parts[i]);
      if (found == null) {
        return null;
      }
      if (!found.isTree()) {
        if (i < parts.length - 1) {
          throw new PublishException(
              "cannot publish to '"
                  + String.join("/", parts)
                  + "': '"
                  + String.join("/", List.of(parts).subList(0, i + 1))
                  + "' is a file on the branch");
        }
        return null;
      }
      at = found.id();
    }
    return at;
  }

  /**
   * Rewrites {@code tree} (null: a folder that does not exist yet) with the entry {@code parts[i]}
   * replaced, recursively down to the prefix, where {@code subtree} goes (null: no entry).
   */
  private static ObjectId replace(
      ObjectReader reader,
      ObjectInserter inserter,
      ObjectId tree,
      String[] parts,
      int i,
      ObjectId subtree)
      throws IOException {
    List<TreeEntries.Entry> entries =
        tree == null ? new ArrayList<>() : new ArrayList<>(TreeEntries.read(reader, tree));
    TreeEntries.Entry old = find(entries, parts[i]);
    entries.remove(old);
    ObjectId child =
        i == parts.length - 1
            ? subtree
            : replace(
                reader,
                inserter,
                old != null && old.isTree() ? old.id() : null,
                parts,
                i + 1,
                subtree);
    if (child != null) {
      entries.add(new TreeEntries.Entry(parts[i], FileMode.TREE, child));
    }
    return entries.isEmpty() ? null : TreeEntries.write(inserter, entries, Set.of());
  }

  private static TreeEntries.Entry find(List<TreeEntries.Entry> entries, String name) {
    for (TreeEntries.Entry e : entries) {
      if (e.named(name)) {
        return e;
      }
    }
    return null;
  }

  /** Normalises a user's {@code --path}: "", "." and "/" mean the root; no "..", no backslashes. */
  static String normalise(String path) throws PublishException {
    if (path == null) {
      return "";
    }
    String p = path.replaceAll("/+", "/");
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    p = p.replaceAll("^/+|/+$", "");
    if (p.equals(".")) {
      return "";
    }
    Optional<String> problem = TargetNames.pathProblem(p);
    if (problem.isPresent()) {
      throw new PublishException(problem.get());
    }
    return p;
  }
}
