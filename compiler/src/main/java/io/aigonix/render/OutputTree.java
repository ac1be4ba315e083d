package io.aigonix.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A compiled GitOps tree: relative path ('/'-separated, no leading slash) → file bytes, sorted by
 * path. It is what compile writes, diff compares and publish commits.
 *
 * <p>The tree of a recompile into an existing {@code -o} ({@link TreeRenderer#render(
 * io.aigonix.generate.Generators, io.aigonix.model.Model, Recompile)}) may also hold files it has
 * no bytes of: {@link #kept} files, whose bytes are those of the file at the same path in the
 * folder being replaced (as checked by its {@link FileStamp}). Only {@link TreeWriter} can write
 * such a tree; {@link #files} refuses it, so nothing compares or publishes a tree with holes.
 */
public final class OutputTree {
  private final SortedMap<String, byte[]> files;
  private final SortedMap<String, FileStamp> kept;

  public OutputTree(Map<String, byte[]> files) {
    TreeMap<String, byte[]> sorted = new TreeMap<>();
    files.forEach((path, bytes) -> sorted.put(path, bytes.clone()));
    this.files = checked(sorted);
    this.kept = Collections.emptySortedMap();
  }

  private OutputTree(TreeMap<String, byte[]> files, TreeMap<String, FileStamp> kept) {
    this.files = checked(files);
    this.kept = checked(kept);
    for (String path : kept.keySet()) {
      if (files.containsKey(path)) {
        throw new IllegalArgumentException("both written and kept: " + path);
      }
    }
  }

  /**
   * A tree that takes the renderer's maps and arrays over instead of copying them: nobody else
   * holds them (a copy of 27 MB of output per 1,000 microservices is heap for nothing, and
   * re-sorting 15,000 paths costs more than the rest of a recompile's rendering).
   */
  static OutputTree adopt(TreeMap<String, byte[]> files, TreeMap<String, FileStamp> kept) {
    if (files.comparator() != null || kept.comparator() != null) {
      throw new IllegalArgumentException("paths sort by their natural order");
    }
    return new OutputTree(files, kept);
  }

  private static <V> SortedMap<String, V> checked(TreeMap<String, V> files) {
    files.keySet().forEach(OutputTree::check);
    return Collections.unmodifiableSortedMap(files);
  }

  /**
   * Refuses a path that is empty, absolute, has a backslash, or an empty, "." or ".." part; one
   * pass over its characters (splitting 15,000 paths into parts cost a compile ~20 ms).
   */
  private static void check(String path) {
    int partStart = 0;
    for (int i = 0; i <= path.length(); i++) {
      char c = i < path.length() ? path.charAt(i) : '/';
      if (c == '\\') {
        throw notClean(path);
      }
      if (c == '/') {
        int length = i - partStart;
        if (length == 0
            || length == 1 && path.charAt(partStart) == '.'
            || length == 2 && path.startsWith("..", partStart)) {
          throw notClean(path);
        }
        partStart = i + 1;
      }
    }
  }

  private static IllegalArgumentException notClean(String path) {
    return new IllegalArgumentException("not a clean relative path: " + path);
  }

  /**
   * Paths and contents in sorted path order. The arrays must not be modified. Not for a tree with
   * {@link #kept} files, whose bytes it does not have.
   */
  public SortedMap<String, byte[]> files() {
    if (!kept.isEmpty()) {
      throw new IllegalStateException("a recompile's tree keeps files it has no bytes of");
    }
    return files;
  }

  /** The files whose bytes the tree holds (all of them unless some are {@link #kept}). */
  SortedMap<String, byte[]> written() {
    return files;
  }

  /**
   * The files the tree takes from the output folder it replaces, with the stamps they were checked
   * against.
   */
  SortedMap<String, FileStamp> kept() {
    return kept;
  }

  public byte[] get(String path) {
    byte[] bytes = files.get(path);
    return bytes == null ? null : bytes.clone();
  }

  public String text(String path) {
    byte[] bytes = files.get(path);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  public int size() {
    return files.size() + kept.size();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OutputTree other)
        || !files.keySet().equals(other.files.keySet())
        || !kept.equals(other.kept)) {
      return false;
    }
    return files.entrySet().stream()
        .allMatch(e -> Arrays.equals(e.getValue(), other.files.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    int h = files.keySet().hashCode() * 31 + kept.hashCode();
    for (byte[] b : files.values()) {
      h = 31 * h + Arrays.hashCode(b);
    }
    return h;
  }
}
