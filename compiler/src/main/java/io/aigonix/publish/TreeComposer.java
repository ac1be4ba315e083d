package io.aigonix.publish;

import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Builds the new root tree of a branch without a work tree: every entry of the base tree outside
 * {@code prefix} is kept as it is (mode and object id, so symlinks, executables and submodules
 * survive), everything at or under {@code prefix} is replaced by the compiled files. An in-core
 * DirCache does the sorting and writes the intermediate trees of nested prefixes.
 */
final class TreeComposer {
  private TreeComposer() {}

  /**
   * @param prefix "" for the root, else a clean relative path without trailing slash
   */
  static ObjectId compose(
      ObjectReader reader,
      ObjectInserter inserter,
      ObjectId baseTree,
      String prefix,
      OutputTree files)
      throws IOException, PublishException {
    DirCache index = DirCache.newInCore();
    DirCacheBuilder builder = index.builder();
    if (baseTree != null) {
      try (TreeWalk walk = new TreeWalk(reader)) {
        walk.addTree(baseTree);
        walk.setRecursive(true);
        while (walk.next()) {
          String path = walk.getPathString();
          if (!prefix.isEmpty() && prefix.startsWith(path + "/")) {
            throw new PublishException(
                "cannot publish to '" + prefix + "': '" + path + "' is a file on the branch");
          }
          if (prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/")) {
            continue;
          }
          DirCacheEntry entry = new DirCacheEntry(path);
          entry.setFileMode(walk.getFileMode(0));
          entry.setObjectId(walk.getObjectId(0));
          builder.add(entry);
        }
      }
    }
    for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
      DirCacheEntry entry =
          new DirCacheEntry(prefix.isEmpty() ? file.getKey() : prefix + "/" + file.getKey());
      entry.setFileMode(FileMode.REGULAR_FILE);
      entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue()));
      builder.add(entry);
    }
    builder.finish();
    return index.writeTree(inserter);
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
