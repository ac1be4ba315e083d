package io.aigonix.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * One level of a Git tree: read from an existing tree object, and written back as a tree object in
 * Git's entry order. Writing hashes in memory first and inserts only a tree that {@code known} does
 * not already hold, so an unchanged folder costs no write.
 */
final class TreeEntries {
  /** One entry; {@code name} is its UTF-8 bytes, as Git stores and sorts them. */
  record Entry(byte[] name, FileMode mode, ObjectId id) {
    Entry(String name, FileMode mode, ObjectId id) {
      this(name.getBytes(StandardCharsets.UTF_8), mode, id);
    }

    boolean named(String other) {
      return new String(name, StandardCharsets.UTF_8).equals(other);
    }

    boolean isTree() {
      return FileMode.TREE.equals(mode);
    }
  }

  /**
   * Git's order (base_name_compare): bytes unsigned, a tree's name compared as if it ended in '/'.
   */
  static final Comparator<Entry> GIT_ORDER =
      (a, b) -> {
        int n = Math.min(a.name.length, b.name.length);
        for (int i = 0; i < n; i++) {
          int c = (a.name[i] & 0xff) - (b.name[i] & 0xff);
          if (c != 0) {
            return c;
          }
        }
        return next(a, n) - next(b, n);
      };

  private TreeEntries() {}

  private static int next(Entry e, int at) {
    if (at < e.name.length) {
      return e.name[at] & 0xff;
    }
    return e.isTree() ? '/' : 0;
  }

  /** The entries of one tree object, in its stored order. */
  static List<Entry> read(ObjectReader reader, ObjectId tree) throws IOException {
    List<Entry> out = new ArrayList<>();
    CanonicalTreeParser parser = new CanonicalTreeParser(null, reader, tree);
    while (!parser.eof()) {
      out.add(
          new Entry(
              parser.getEntryPathString(), parser.getEntryFileMode(), parser.getEntryObjectId()));
      parser.next(1);
    }
    return out;
  }

  /** Writes the entries (in any order) as a tree object; returns its id. */
  static ObjectId write(ObjectInserter inserter, List<Entry> entries, Set<ObjectId> known)
      throws IOException {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(GIT_ORDER);
    TreeFormatter formatter = new TreeFormatter();
    for (Entry e : sorted) {
      formatter.append(e.name(), e.mode(), e.id());
    }
    byte[] raw = formatter.toByteArray();
    ObjectId id = inserter.idFor(Constants.OBJ_TREE, raw);
    if (!known.contains(id)) {
      inserter.insert(Constants.OBJ_TREE, raw);
    }
    return id;
  }
}
