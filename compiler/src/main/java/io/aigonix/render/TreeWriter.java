package io.aigonix.render;

import io.aigonix.layout.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes an {@link OutputTree} to the {@code -o} folder, replacing it as a whole: the new tree is
 * written to a temporary folder beside it, then the old folder is renamed away, the new one renamed in
 * and the old one deleted. Readers see the old or the new tree (for the instant between the two renames
 * the folder is absent; Java has no atomic exchange of two folders), never a mix, and stale files are
 * gone. The tree carries the marker file {@value Layout#MARKER}; a non-empty folder without it is not replaced,
 * so a mistyped {@code -o} cannot wipe out a source folder.
 */
public final class TreeWriter {
  private static final String MARKER_TEXT =
      "This folder is written by `aigonix compile`, which replaces it as a whole. Do not edit it by hand.\n";

  /** Thrown when {@code -o} exists and is not an aigonix output folder. */
  public static final class NotAnOutputFolder extends IOException {
    public NotAnOutputFolder(String message) {
      super(message);
    }
  }

  public void write(OutputTree tree, Path target) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new IOException("cannot replace the root folder " + out);
    }
    Files.createDirectories(parent);
    boolean exists = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
    if (exists) {
      checkReplaceable(out);
    }
    Path fresh = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
    try {
      writeFiles(tree, fresh);
      Files.write(fresh.resolve(Layout.MARKER), MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
      if (!exists) {
        Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
        return;
      }
      Path old = Files.createTempDirectory(parent, "." + out.getFileName() + ".old-");
      Files.move(out, old.resolve("tree"), StandardCopyOption.ATOMIC_MOVE);
      Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
      deleteRecursively(old);
    } finally {
      if (Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
        deleteRecursively(fresh);
      }
    }
  }

  /**
   * Writes the files of {@code tree} into the empty folder {@code root}, creating each folder once
   * rather than checking it per file. Sequential on purpose: file creation in one folder serializes on
   * the folder's lock, and parallel writers measured slower (spinning on that lock).
   */
  private static void writeFiles(OutputTree tree, Path root) throws IOException {
    Set<Path> folders = new TreeSet<>();
    for (String file : tree.files().keySet()) {
      folders.add(root.resolve(file).getParent());
    }
    for (Path folder : folders) {
      Files.createDirectories(folder);
    }
    for (Map.Entry<String, byte[]> file : tree.files().entrySet()) {
      Files.write(root.resolve(file.getKey()), file.getValue());
    }
  }

  private static void checkReplaceable(Path out) throws IOException {
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      throw new NotAnOutputFolder(out + " exists and is not a folder; refusing to replace it");
    }
    if (Files.exists(out.resolve(Layout.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
      if (entries.iterator().hasNext()) {
        throw new NotAnOutputFolder(out + " is not empty and has no " + Layout.MARKER
            + " marker, so it is not an aigonix output folder; refusing to replace it");
      }
    }
  }

  /** Deletes a folder and everything in it (also used by import's writer). */
  public static void deleteRecursively(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
