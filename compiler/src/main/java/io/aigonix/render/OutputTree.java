package io.aigonix.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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
    this(files, Map.of(), true);
  }

  private OutputTree(Map<String, byte[]> files, Map<String, FileStamp> kept, boolean copy) {
    TreeMap<String, byte[]> sorted = new TreeMap<>();
    files.forEach(
        (path, bytes) -> {
          check(path);
          sorted.put(path, copy ? bytes.clone() : bytes);
        });
    TreeMap<String, FileStamp> linked = new TreeMap<>();
    kept.forEach(
        (path, stamp) -> {
          check(path);
          if (sorted.containsKey(path)) {
            throw new IllegalArgumentException("both written and kept: " + path);
          }
          linked.put(path, stamp);
        });
    this.files = Collections.unmodifiableSortedMap(sorted);
    this.kept = Collections.unmodifiableSortedMap(linked);
  }

  /**
   * A tree that takes the arrays over instead of copying them: for the renderer, whose arrays
   * nobody else holds (a copy of 27 MB of output per 1,000 microservices is heap for nothing).
   */
  static OutputTree adopt(Map<String, byte[]> files, Map<String, FileStamp> kept) {
    return new OutputTree(files, kept, false);
  }

  private static void check(String path) {
    List<String> parts = Arrays.asList(path.split("/", -1));
    if (path.startsWith("/")
        || path.contains("\\")
        || path.contains("//")
        || path.isEmpty()
        || parts.contains("..")
        || parts.contains(".")) {
      throw new IllegalArgumentException("not a clean relative path: " + path);
    }
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
