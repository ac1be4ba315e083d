package io.aigonix.render;

import io.aigonix.layout.Layout;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes an {@link OutputTree} to the {@code -o} folder, replacing it as a whole: the new tree is
 * written to a temporary folder beside it, then the old folder is renamed away, the new one renamed
 * in and the old one deleted. Readers see the old or the new tree (for the instant between the two
 * renames the folder is absent; Java has no atomic exchange of two folders), never a mix, and stale
 * files are gone. A file whose bytes the old tree already has at the same path is hard-linked from
 * it instead of written ({@link UnchangedFiles}), so a recompile after a small change writes little
 * more than the change. The tree carries a marker file {@value Layout#MARKER}; a non-empty folder
 * without it is not replaced, so a mistyped {@code -o} cannot wipe out a source folder. Temporary
 * folders a killed run leaves behind are removed by the next run ({@link #removeLeftovers}).
 */
public final class TreeWriter {
  /** Marks the temporary folders beside the output, with the id of the process writing them. */
  static final String SCRATCH = ".aigonix-scratch";

  private static final String MARKER_TEXT =
      "This folder is written by `aigonix compile`, which replaces it as a whole. Do not edit it by hand.\n";

  /** Thrown when {@code -o} exists and is not an aigonix output folder. */
  public static final class NotAnOutputFolder extends IOException {
    public NotAnOutputFolder(String message) {
      super(message);
    }
  }

  public void write(OutputTree tree, Path target) throws IOException {
    write(tree, target, () -> {});
  }

  /**
   * The same, running {@code whenReplaced} on this thread once the new tree is in place, while the
   * old one is being deleted (a recompile saves its record meanwhile, which needs only the new
   * tree); not run when the write fails before that.
   */
  public void write(OutputTree tree, Path target, Runnable whenReplaced) throws IOException {
    Path out = target.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new IOException("cannot replace the root folder " + out);
    }
    Files.createDirectories(parent);
    boolean exists = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
    if (exists) {
      checkReplaceable(out);
    } else if (!tree.kept().isEmpty()) {
      throw new IllegalStateException(
          "a tree that keeps files needs the folder it keeps them from");
    }
    removeLeftovers(parent, out.getFileName().toString());
    // the new tree is built in a "tree" folder inside the marked scratch folder, so the marker
    // stays behind
    Path fresh = scratch(parent, "." + out.getFileName() + ".new-");
    try {
      Path built = Files.createDirectory(fresh.resolve("tree"));
      KeptFolders whole =
          writeFiles(tree, built, exists ? new UnchangedFiles(out) : UnchangedFiles.NONE);
      Files.write(built.resolve(Layout.MARKER), MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
      if (!exists) {
        Files.move(built, out, StandardCopyOption.ATOMIC_MOVE);
        whenReplaced.run();
        return;
      }
      Path old = scratch(parent, "." + out.getFileName() + ".old-");
      Path oldTree = old.resolve("tree");
      Files.move(out, oldTree, StandardCopyOption.ATOMIC_MOVE);
      try {
        whole.move(oldTree, built);
      } catch (KeptFolders.NotUndone e) {
        throw e; // the old tree is incomplete: not put back
      } catch (IOException e) {
        // nothing was moved: put the old tree back and take those folders file by file
        Files.move(oldTree, out, StandardCopyOption.ATOMIC_MOVE);
        writeFolders(tree, built, whole, new UnchangedFiles(out));
        Files.move(out, oldTree, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(built, out, StandardCopyOption.ATOMIC_MOVE);
      TreeDeleter.delete(old, whenReplaced);
    } finally {
      if (Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) {
        deleteRecursively(fresh);
      }
    }
  }

  /**
   * Writes the files of {@code tree} into the empty folder {@code root}, creating each folder once
   * rather than checking it per file, and linking what {@code unchanged} has; returns the folders
   * it left out because the old tree holds them whole ({@link KeptFolders}: folders with no folder
   * of the tree inside, other than the root). Folders are written in parallel, one writer per core,
   * each folder by one writer: creating a file takes its folder's lock (writers sharing one folder
   * measured slower, spinning on it), while the kernel creates files of different folders side by
   * side, so the other core no longer idles while 15,443 files are created. Largest folders first,
   * so no writer is left with a big one at the end. What is written does not depend on the order.
   */
  private static KeptFolders writeFiles(OutputTree tree, Path root, UnchangedFiles unchanged)
      throws IOException {
    Map<Path, List<String>> byFolder = new TreeMap<>();
    for (String file : tree.written().keySet()) {
      byFolder.computeIfAbsent(root.resolve(file).getParent(), f -> new ArrayList<>()).add(file);
    }
    for (String file : tree.kept().keySet()) {
      byFolder.computeIfAbsent(root.resolve(file).getParent(), f -> new ArrayList<>()).add(file);
    }
    Set<Path> enclosing = new HashSet<>();
    for (Path folder : byFolder.keySet()) {
      for (Path p = folder; !p.equals(root); p = p.getParent()) {
        enclosing.add(p.getParent());
      }
    }
    // a folder that may be kept whole is made only when it is not
    Set<Path> mayKeep = new HashSet<>();
    for (Path folder : byFolder.keySet()) {
      boolean leaf = !folder.equals(root) && !enclosing.contains(folder);
      if (leaf && unchanged != UnchangedFiles.NONE) {
        mayKeep.add(folder);
        Files.createDirectories(folder.getParent());
      } else {
        Files.createDirectories(folder);
      }
    }
    List<Map.Entry<Path, List<String>>> folders = new ArrayList<>(byFolder.entrySet());
    folders.sort(Comparator.comparingInt(e -> -e.getValue().size()));
    Map<String, List<String>> kept = new ConcurrentSkipListMap<>();
    AtomicInteger next = new AtomicInteger();
    AtomicReference<IOException> failed = new AtomicReference<>();
    Runnable writer =
        () -> {
          for (int i = next.getAndIncrement();
              i < folders.size() && failed.get() == null;
              i = next.getAndIncrement()) {
            Path folder = folders.get(i).getKey();
            List<String> files = folders.get(i).getValue();
            try {
              if (mayKeep.contains(folder)) {
                String relative = files.get(0).substring(0, files.get(0).lastIndexOf('/'));
                if (unchanged.holdsFolder(relative, files, tree.written())) {
                  kept.put(relative, files);
                  continue;
                }
                Files.createDirectory(folder);
              }
              for (String file : files) {
                write(tree, file, root.resolve(file), unchanged);
              }
            } catch (IOException e) {
              failed.compareAndSet(null, e);
            }
          }
        };
    int writers = Math.min(folders.size(), Runtime.getRuntime().availableProcessors());
    List<Thread> helpers = new ArrayList<>();
    for (int i = 1; i < writers; i++) {
      Thread helper = new Thread(writer, "aigonix-writer-" + i);
      helper.start();
      helpers.add(helper);
    }
    writer.run();
    for (Thread helper : helpers) {
      joinUninterruptibly(helper);
    }
    if (failed.get() != null) {
      throw failed.get();
    }
    return new KeptFolders(kept);
  }

  /**
   * Writes the files of {@code folders} (relative to the trees) into {@code root}, one by one:
   * where they could not be moved whole from the old tree.
   */
  private static void writeFolders(
      OutputTree tree, Path root, KeptFolders folders, UnchangedFiles unchanged)
      throws IOException {
    for (Map.Entry<String, List<String>> folder : folders.files().entrySet()) {
      Files.createDirectory(root.resolve(folder.getKey()));
      for (String file : folder.getValue()) {
        write(tree, file, root.resolve(file), unchanged);
      }
    }
  }

  /**
   * One file: its new bytes (linked instead when the old tree holds them), or a file the recompile
   * kept, linked from the old tree.
   */
  private static void write(OutputTree tree, String file, Path path, UnchangedFiles unchanged)
      throws IOException {
    byte[] bytes = tree.written().get(file);
    if (bytes == null) {
      unchanged.keep(file, path);
    } else if (!unchanged.link(file, bytes, path)) {
      Files.write(path, bytes);
    }
  }

  static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A temporary folder beside the output, marked at once with {@value #SCRATCH} holding this
   * process's id, so a later run can tell it made the folder and that its maker is gone (killed
   * mid-write).
   */
  private static Path scratch(Path parent, String prefix) throws IOException {
    Path dir = Files.createTempDirectory(parent, prefix);
    Files.writeString(dir.resolve(SCRATCH), ProcessHandle.current().pid() + "\n");
    return dir;
  }

  /**
   * Deletes the {@code .OUT.new-*} and {@code .OUT.old-*} folders a killed run left beside {@code
   * -o}: only folders aigonix made (the name, and the {@value #SCRATCH} marker or nothing at all
   * inside) whose process is gone; a run in progress keeps its folders. Inside a GitOps work tree
   * they would otherwise be committed by {@code git add -A}.
   */
  private static void removeLeftovers(Path parent, String name) throws IOException {
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(
            parent,
            p ->
                p.getFileName().toString().startsWith("." + name + ".new-")
                    || p.getFileName().toString().startsWith("." + name + ".old-"))) {
      for (Path dir : entries) {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && isAbandoned(dir)) {
          deleteRecursively(dir);
        }
      }
    }
  }

  private static boolean isAbandoned(Path dir) throws IOException {
    Path marker = dir.resolve(SCRATCH);
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> inside = Files.newDirectoryStream(dir)) {
        return !inside.iterator().hasNext(); // killed before the marker was written
      }
    }
    try {
      long pid = Long.parseLong(Files.readString(marker, StandardCharsets.UTF_8).trim());
      return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
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
        throw new NotAnOutputFolder(
            out
                + " is not empty and has no "
                + Layout.MARKER
                + " marker, so it is not an aigonix output folder; refusing to replace it");
      }
    }
  }

  /**
   * Deletes a folder and everything in it (also used by import's writer), never following a
   * symbolic link. Each entry is removed with {@link File#delete()}, which is one {@code remove(3)}
   * (unlink, or rmdir for an empty folder) without the {@code lstat} that {@code Files.delete} and
   * a file walk each make first: deleting the old tree of a recompile stats no file (15,443 fewer
   * system calls, twice). Only an entry that does not go is looked at: a folder (not a link to one)
   * is emptied and removed; anything else is deleted by {@code Files.delete} for its error.
   */
  public static void deleteRecursively(Path root) throws IOException {
    File folder = root.toFile();
    if (folder.delete()) {
      return; // a file, a link, or an empty folder
    }
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(root); // missing or refused: the exception says which
      return;
    }
    String[] names = folder.list();
    if (names == null) {
      throw new IOException("cannot list " + root);
    }
    for (String name : names) {
      Path entry = root.resolve(name);
      if (!new File(folder, name).delete()) {
        deleteRecursively(entry);
      }
    }
    Files.delete(root);
  }
}
