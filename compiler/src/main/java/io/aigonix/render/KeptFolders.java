package io.aigonix.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The folders of a rewrite that the old tree holds exactly as the new one has them (same names,
 * each file with the bytes the new tree gives it, see {@link UnchangedFiles#holdsFolder}): each is
 * renamed from the old tree into the new one after the old tree has been renamed away from {@code
 * -o}, instead of linking its files one by one and then deleting the old names. A recompile of the
 * bench input (2 applications x 3 environments, 15,443 files) after one change in one microservice
 * then makes 6 renames and links the 7,715 files of the changed application's three folders, where
 * it linked and later unlinked all 15,443 (each costs the kernel a directory lookup and an entry);
 * and Git sees the moved files untouched (a link changes a file's ctime, which makes {@code git
 * status} hash it again). The renames come after the old tree left {@code -o} and before the new
 * one takes its place, so readers still see the old tree or the new one, never a mix.
 */
final class KeptFolders {
  private final SortedMap<String, List<String>> files;

  /**
   * Thrown when a folder could not be renamed back after a later one failed: the trees are then
   * neither as they were nor complete, so the old one must not be put back as {@code -o}.
   */
  static final class NotUndone extends IOException {
    NotUndone(String message, IOException cause) {
      super(message, cause);
    }
  }

  /**
   * {@code files}: each folder (relative to the trees, none inside another) with the paths of its
   * files (relative to the trees too).
   */
  KeptFolders(Map<String, List<String>> files) {
    this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** The folders, each with its files: what to write where a folder could not be moved. */
  SortedMap<String, List<String>> files() {
    return files;
  }

  /**
   * Renames every folder from {@code from} into {@code to}, whose parent folders exist; when one
   * cannot be renamed (a mount point, a folder the kernel refuses to move), those already renamed
   * are renamed back, so both trees are as they were, and the failure is thrown; {@link NotUndone}
   * when one of them cannot be renamed back either.
   */
  void move(Path from, Path to) throws IOException {
    List<String> folders = List.copyOf(files.keySet());
    for (int i = 0; i < folders.size(); i++) {
      try {
        rename(from, to, folders.get(i));
      } catch (IOException e) {
        undo(from, to, folders.subList(0, i), e);
        throw e;
      }
    }
  }

  private static void undo(Path from, Path to, List<String> moved, IOException failure)
      throws NotUndone {
    for (int j = moved.size() - 1; j >= 0; j--) {
      try {
        rename(to, from, moved.get(j));
      } catch (IOException e) {
        e.addSuppressed(failure);
        throw new NotUndone("cannot move " + moved.get(j) + " back: " + e.getMessage(), e);
      }
    }
  }

  private static void rename(Path from, Path to, String folder) throws IOException {
    Files.move(from.resolve(folder), to.resolve(folder), StandardCopyOption.ATOMIC_MOVE);
  }
}
