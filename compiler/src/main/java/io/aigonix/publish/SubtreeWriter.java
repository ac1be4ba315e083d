package io.aigonix.publish;

import io.aigonix.diff.FileChanges;
import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes the compiled files as the tree that replaces the old one at the publish path, by object
 * ids: every file is hashed in memory, and only a blob or tree the old subtree does not hold is
 * inserted (one image change inserts 3 blobs and a few trees, not 15,000 objects). What changed is
 * decided on the ids too, so the old files are never read, only the old tree objects.
 */
final class SubtreeWriter {
  /** The new subtree (null when there are no files) and the files that differ from the old one. */
  record Written(ObjectId tree, FileChanges changes) {}

  /**
   * A folder of the compiled tree: its files and its subfolders. Hash maps and lists: Git's order
   * is made once per tree when it is written, so no sorted map pays for it per file.
   */
  private static final class Folder {
    final List<TreeEntries.Entry> files = new ArrayList<>();
    final Set<String> fileNames = new HashSet<>();
    final Map<String, Folder> folders = new HashMap<>();
  }

  private final ObjectInserter inserter;
  private final Map<String, ObjectId> oldBlobs = new HashMap<>();
  private final Set<ObjectId> oldTrees = new HashSet<>();

  private SubtreeWriter(ObjectInserter inserter) {
    this.inserter = inserter;
  }

  /**
   * @param oldTree the tree at the publish path on the branch, or null
   */
  static Written write(
      ObjectReader reader, ObjectInserter inserter, ObjectId oldTree, OutputTree files)
      throws IOException {
    SubtreeWriter writer = new SubtreeWriter(inserter);
    if (oldTree != null) {
      writer.readOld(reader, oldTree);
    }
    return writer.write(files);
  }

  /** Blob ids by path and the ids of all trees, without reading a blob. */
  private void readOld(ObjectReader reader, ObjectId tree) throws IOException {
    oldTrees.add(tree.copy());
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(tree);
      while (walk.next()) {
        if (walk.isSubtree()) {
          oldTrees.add(walk.getObjectId(0));
          walk.enterSubtree();
        } else if (walk.getFileMode(0).getObjectType() == Constants.OBJ_BLOB) {
          oldBlobs.put(walk.getPathString(), walk.getObjectId(0));
        }
      }
    }
  }

  private Written write(OutputTree files) throws IOException {
    Map<String, ObjectId> ids = new HashMap<>(files.size() * 2);
    Folder root = new Folder();
    for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
      String path = file.getKey();
      ObjectId id = inserter.idFor(Constants.OBJ_BLOB, file.getValue());
      if (!id.equals(oldBlobs.get(path))) {
        inserter.insert(Constants.OBJ_BLOB, file.getValue());
      }
      ids.put(path, id);
      Folder folder = folderOf(root, path);
      String name = path.substring(path.lastIndexOf('/') + 1);
      folder.files.add(new TreeEntries.Entry(name, FileMode.REGULAR_FILE, id));
      folder.fileNames.add(name);
    }
    FileChanges changes = FileChanges.between(oldBlobs, ids, AnyObjectId::isEqual);
    return new Written(writeFolder(root), changes);
  }

  private static Folder folderOf(Folder root, String path) {
    Folder folder = root;
    int start = 0;
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', start)) {
      folder = folder.folders.computeIfAbsent(path.substring(start, slash), k -> new Folder());
      start = slash + 1;
    }
    return folder;
  }

  private ObjectId writeFolder(Folder folder) throws IOException {
    List<TreeEntries.Entry> entries = new ArrayList<>(folder.files);
    for (Map.Entry<String, Folder> sub : folder.folders.entrySet()) {
      if (folder.fileNames.contains(sub.getKey())) {
        throw new IllegalArgumentException("'" + sub.getKey() + "' is both a file and a folder");
      }
      ObjectId id = writeFolder(sub.getValue());
      if (id != null) {
        entries.add(new TreeEntries.Entry(sub.getKey(), FileMode.TREE, id));
      }
    }
    return entries.isEmpty() ? null : TreeEntries.write(inserter, entries, oldTrees);
  }
}
