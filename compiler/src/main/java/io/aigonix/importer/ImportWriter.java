package io.aigonix.importer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes an import atomically, like {@code compile -o}: the files go into a fresh sibling folder
 * that then replaces {@code <dir>} by a rename, so an error leaves nothing half written. A
 * non-empty {@code <dir>} is refused unless forced (it may be someone's project).
 */
public final class ImportWriter {
  /** {@code <dir>} holds files and --force was not given. */
  public static final class NotEmpty extends IOException {
    NotEmpty(String message) {
      super(message);
    }
  }

  public void write(Map<String, byte[]> files, Path target, boolean force) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    Path parent = out.getParent();
    boolean exists = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
    if (exists && !force && !empty(out)) {
      throw new NotEmpty(out + " is not empty; use --force to replace it");
    }
    Files.createDirectories(parent);
    Path fresh = Files.createTempDirectory(parent, "." + out.getFileName() + ".import-");
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path path = fresh.resolve(file.getKey()).normalize();
        if (!path.startsWith(fresh)) {
          throw new IOException("refusing to write outside the output folder: " + file.getKey());
        }
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
      if (exists) {
        Path old = Files.createTempDirectory(parent, "." + out.getFileName() + ".old-");
        Files.move(out, old.resolve("tree"), StandardCopyOption.ATOMIC_MOVE);
        Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
        delete(old);
      } else {
        Files.move(fresh, out, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      if (Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
        delete(fresh);
      }
    }
  }

  private static boolean empty(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }

  private static void delete(Path root) throws IOException {
    io.aigonix.render.TreeWriter.deleteRecursively(root);
  }
}
