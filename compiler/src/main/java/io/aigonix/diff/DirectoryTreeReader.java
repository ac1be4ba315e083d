package io.aigonix.diff;

import io.aigonix.layout.Layout;
import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a compiled directory (regular files only; {@code .git} and the output marker, which compile
 * adds beside the tree, skipped) as an OutputTree. A missing directory is empty.
 */
public final class DirectoryTreeReader {
  private DirectoryTreeReader() {}

  public static OutputTree read(Path dir) throws IOException {
    TreeMap<String, byte[]> files = new TreeMap<>();
    if (!Files.exists(dir)) {
      return new OutputTree(files);
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : paths) {
      String rel = dir.relativize(p).toString().replace('\\', '/');
      if (rel.equals(".git") || rel.startsWith(".git/") || rel.equals(Layout.MARKER)) {
        continue;
      }
      files.put(rel, Files.readAllBytes(p));
    }
    return new OutputTree(files);
  }
}
