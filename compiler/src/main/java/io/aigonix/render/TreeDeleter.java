package io.aigonix.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Deletes a big folder (the old tree a recompile replaced: 16,842 names for 1,000 microservices)
 * with one deleter per core, each emptying whole folders: removing a name takes its folder's lock,
 * so deleters share no folder, while the kernel removes names of different folders side by side
 * (the same reason {@link TreeWriter} writes a folder per writer). Folders are found as they are
 * emptied; once every folder is empty they are removed, deepest first. Like {@link
 * TreeWriter#deleteRecursively}, each name is removed with one {@code remove(3)} and no {@code
 * lstat}, and a symbolic link is removed, never followed.
 */
final class TreeDeleter {
  private final ConcurrentLinkedQueue<File> toEmpty = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<File> emptied = new ConcurrentLinkedQueue<>();

  /** Folders queued or being emptied: the deleters stop when none is left. */
  private final AtomicInteger pending = new AtomicInteger();

  private final AtomicReference<IOException> failed = new AtomicReference<>();

  private TreeDeleter() {}

  /** Deletes {@code root}, a folder, and everything in it. */
  static void delete(Path root) throws IOException {
    delete(root, () -> {});
  }

  /**
   * The same, running {@code meanwhile} on this thread first, while the other deleters start, and
   * then deleting along with them; {@code meanwhile} runs even when there is nothing to delete.
   */
  static void delete(Path root, Runnable meanwhile) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      meanwhile.run();
      TreeWriter.deleteRecursively(root);
      return;
    }
    new TreeDeleter().run(root.toFile(), meanwhile);
  }

  private void run(File root, Runnable meanwhile) throws IOException {
    pending.incrementAndGet();
    toEmpty.add(root);
    List<Thread> helpers = new ArrayList<>();
    for (int i = 1; i < Runtime.getRuntime().availableProcessors(); i++) {
      Thread helper = new Thread(this::empty, "aigonix-deleter-" + i);
      helper.start();
      helpers.add(helper);
    }
    meanwhile.run();
    empty();
    for (Thread helper : helpers) {
      TreeWriter.joinUninterruptibly(helper);
    }
    if (failed.get() != null) {
      throw failed.get();
    }
    // Folders were queued after their parents, so the reverse order removes children first.
    List<File> folders = new ArrayList<>(emptied);
    for (int i = folders.size() - 1; i >= 0; i--) {
      Files.delete(folders.get(i).toPath());
    }
  }

  /** One deleter: empties queued folders until none is queued or being emptied. */
  private void empty() {
    while (pending.get() > 0 && failed.get() == null) {
      File folder = toEmpty.poll();
      if (folder == null) {
        LockSupport.parkNanos(50_000); // another deleter is listing: its folders come soon
        continue;
      }
      try {
        emptyOne(folder);
      } catch (IOException e) {
        failed.compareAndSet(null, e);
      } finally {
        pending.decrementAndGet();
      }
    }
  }

  /** Removes the names in {@code folder}; the folders among them are queued to be emptied. */
  private void emptyOne(File folder) throws IOException {
    String[] names = folder.list();
    if (names == null) {
      throw new IOException("cannot list " + folder);
    }
    emptied.add(folder);
    for (String name : names) {
      File entry = new File(folder, name);
      if (entry.delete()) {
        continue; // a file, a link, or an empty folder
      }
      Path path = entry.toPath();
      if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(path); // refused: the exception says why
        continue;
      }
      pending.incrementAndGet();
      toEmpty.add(entry);
    }
  }
}
