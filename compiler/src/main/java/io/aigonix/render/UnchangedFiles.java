package io.aigonix.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of the output folder being replaced, as a source of hard links for the new tree: a new
 * file whose bytes the old folder holds at the same path, in a regular file (never a symlink, which
 * could point anywhere), becomes a second name of that file instead of a copy. Linking costs one
 * directory entry, where writing costs an inode, blocks and the data; and deleting the old tree
 * then frees nothing of those files. The bytes are compared in full, so a file edited by hand is
 * written anew. On a file system without hard links every file is written.
 */
final class UnchangedFiles {
  /** For a first write: nothing to link. */
  static final UnchangedFiles NONE = new UnchangedFiles(null);

  private final Path old;
  // volatile: the folders are written in parallel (TreeWriter)
  private volatile boolean linksWork = true;

  UnchangedFiles(Path old) {
    this.old = old;
  }

  /** Links {@code target} to the old file at {@code path} if it holds {@code bytes}. */
  boolean link(String path, byte[] bytes, Path target) throws IOException {
    if (old == null || !linksWork) {
      return false;
    }
    Path before = old.resolve(path);
    if (!holds(before, bytes)) {
      return false;
    }
    try {
      Files.createLink(target, before);
      return true;
    } catch (UnsupportedOperationException | FileSystemException e) {
      linksWork = false; // no hard links here (or too many): write this file and the rest
      return false;
    }
  }

  /**
   * Makes {@code target} the old file at {@code path}, which the tree keeps without its bytes: a
   * link, or where links fail a copy of it.
   */
  void keep(String path, Path target) throws IOException {
    if (old == null) {
      throw new IllegalStateException("nothing to keep " + path + " from");
    }
    Path before = old.resolve(path);
    if (linksWork) {
      try {
        Files.createLink(target, before);
        return;
      } catch (UnsupportedOperationException | FileSystemException e) {
        linksWork = false;
      }
    }
    Files.copy(before, target, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Whether the old tree's {@code folder} holds exactly the new tree's {@code files} there (paths
   * relative to the trees, all directly in {@code folder}) and nothing else: the same names, the
   * kept files (whose stamps the recompile checked) and each written one with the same bytes, and
   * every folder on the way a real folder, not a symbolic link (so it can be moved whole, {@link
   * KeptFolders}, without taking anything from outside the tree).
   */
  boolean holdsFolder(String folder, List<String> files, Map<String, byte[]> written) {
    if (old == null || !realFolders(folder)) {
      return false;
    }
    String[] names = old.resolve(folder).toFile().list();
    if (names == null || names.length != files.size()) {
      return false;
    }
    Set<String> expected = new HashSet<>();
    files.forEach(file -> expected.add(file.substring(folder.length() + 1)));
    for (String name : names) {
      if (!expected.contains(name)) {
        return false;
      }
    }
    for (String file : files) {
      byte[] bytes = written.get(file);
      if (bytes != null && !holds(old.resolve(file), bytes)) {
        return false;
      }
    }
    return true;
  }

  private boolean realFolders(String folder) {
    Path path = old;
    for (String part : folder.split("/")) {
      path = path.resolve(part);
      if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(Path file, byte[] bytes) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false; // absent (a new file), or unreadable: written anew
    }
    if (!attributes.isRegularFile() || attributes.size() != bytes.length) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return Arrays.equals(in.readNBytes(bytes.length + 1), bytes);
    } catch (IOException e) {
      return false;
    }
  }
}
