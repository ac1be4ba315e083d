package io.aigonix.publish;

import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.util.TreeMap;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads the files under a path of a Git tree as an OutputTree (paths relative to that path),
 * without a checkout.
 */
public final class GitTreeReader {
  private GitTreeReader() {}

  public static OutputTree read(ObjectReader reader, ObjectId rootTree, String prefix)
      throws IOException {
    TreeMap<String, byte[]> files = new TreeMap<>();
    if (rootTree == null) {
      return new OutputTree(files);
    }
    ObjectId tree = rootTree;
    if (!prefix.isEmpty()) {
      try (TreeWalk at = TreeWalk.forPath(reader, prefix, rootTree)) {
        if (at == null || at.getFileMode(0) != FileMode.TREE) {
          return new OutputTree(files);
        }
        tree = at.getObjectId(0);
      }
    }
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(tree);
      walk.setRecursive(true);
      while (walk.next()) {
        int type = walk.getFileMode(0).getObjectType();
        if (type == org.eclipse.jgit.lib.Constants.OBJ_BLOB) {
          files.put(
              walk.getPathString(),
              reader.open(walk.getObjectId(0)).getCachedBytes(Integer.MAX_VALUE));
        }
      }
    }
    return new OutputTree(files);
  }
}
