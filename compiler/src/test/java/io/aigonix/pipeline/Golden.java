package io.aigonix.pipeline;

import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Paths of the repository, the compilable samples, and reading / comparing expected trees. */
final class Golden {
  private Golden() {}

  static Path root() {
    return Path.of(System.getProperty("aigonix.root", "..")).toAbsolutePath().normalize();
  }

  static boolean compilable(String sample) {
    return !sample.startsWith("invalid-") && !sample.startsWith("warning-");
  }

  /** Folder names under {@code dir}, sorted. */
  static List<String> folders(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OutputTree compile(String sample) throws IOException {
    Path file = root().resolve("samples").resolve(sample).resolve("aigonix.yaml");
    Compiler compiler = new Compiler();
    Checked checked = compiler.check(file, "samples/" + sample + "/aigonix.yaml");
    if (!checked.compilable()) {
      throw new AssertionError("sample " + sample + " does not compile: " + checked.diagnostics());
    }
    return compiler.compile(checked);
  }

  static OutputTree read(Path dir) throws IOException {
    TreeMap<String, byte[]> files = new TreeMap<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
          files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
    }
    return new OutputTree(files);
  }

  static void write(OutputTree tree, Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
    for (var e : tree.files().entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
    }
  }

  /** A readable description of how {@code actual} differs from {@code expected}; "" when equal. */
  static String diff(OutputTree expected, OutputTree actual) {
    StringBuilder b = new StringBuilder();
    TreeMap<String, Boolean> paths = new TreeMap<>();
    expected.files().keySet().forEach(p -> paths.put(p, true));
    actual.files().keySet().forEach(p -> paths.put(p, true));
    for (String path : paths.keySet()) {
      String e = expected.text(path);
      String a = actual.text(path);
      if (e == null) {
        b.append("+++ new file ").append(path).append('\n');
      } else if (a == null) {
        b.append("--- missing file ").append(path).append('\n');
      } else if (!java.util.Arrays.equals(expected.get(path), actual.get(path))) {
        b.append("--- expected/").append(path).append("\n+++ actual/").append(path).append('\n');
        b.append(lineDiff(e, a));
      }
    }
    return b.toString();
  }

  private static String lineDiff(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int start = 0;
    while (start < e.size() && start < a.size() && e.get(start).equals(a.get(start))) {
      start++;
    }
    int endE = e.size();
    int endA = a.size();
    while (endE > start && endA > start && e.get(endE - 1).equals(a.get(endA - 1))) {
      endE--;
      endA--;
    }
    List<String> out = new ArrayList<>();
    out.add("@@ line " + (start + 1) + " @@");
    for (int i = Math.max(0, start - 3); i < start; i++) {
      out.add(" " + e.get(i));
    }
    e.subList(start, endE).forEach(l -> out.add("-" + l));
    a.subList(start, endA).forEach(l -> out.add("+" + l));
    for (int i = endE; i < Math.min(e.size(), endE + 3); i++) {
      out.add(" " + e.get(i));
    }
    if (!expected.equals(actual) && start == e.size() && start == a.size()) {
      out.add("(line endings or final newline differ)");
    }
    return String.join("\n", out) + "\n";
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
