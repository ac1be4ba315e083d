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
 */
public final class OutputTree {
  private final SortedMap<String, byte[]> files;

  public OutputTree(Map<String, byte[]> files) {
    this(files, true);
  }

  private OutputTree(Map<String, byte[]> files, boolean copy) {
    TreeMap<String, byte[]> sorted = new TreeMap<>();
    files.forEach(
        (path, bytes) -> {
          check(path);
          sorted.put(path, copy ? bytes.clone() : bytes);
        });
    this.files = Collections.unmodifiableSortedMap(sorted);
  }

  /**
   * A tree that takes the arrays over instead of copying them: for the renderer, whose arrays
   * nobody else holds (a copy of 27 MB of output per 1,000 microservices is heap for nothing).
   */
  static OutputTree adopt(Map<String, byte[]> files) {
    return new OutputTree(files, false);
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

  /** Paths and contents in sorted path order. The arrays must not be modified. */
  public SortedMap<String, byte[]> files() {
    return files;
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
    return files.size();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OutputTree other) || !files.keySet().equals(other.files.keySet())) {
      return false;
    }
    return files.entrySet().stream()
        .allMatch(e -> Arrays.equals(e.getValue(), other.files.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    int h = files.keySet().hashCode();
    for (byte[] b : files.values()) {
      h = 31 * h + Arrays.hashCode(b);
    }
    return h;
  }
}
