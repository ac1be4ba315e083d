package io.aigonix.render;

import io.aigonix.generate.MsContext;
import io.aigonix.layout.Folder;
import io.aigonix.layout.Layout;
import io.aigonix.model.Model;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@code compile -o} that may reuse what the previous compile into the same folder wrote: a
 * microservice whose {@link Fingerprints fingerprint} equals the one that compile recorded, and
 * whose files in {@code -o} still have the {@link FileStamp stamps} it recorded, is not generated;
 * its files are linked from the old tree into the new one ({@link UnchangedFiles#keep}). The record
 * is a {@link RecompileCache} file in the user's cache folder, named by a hash of the output's real
 * path, never in the output tree (which is committed and stays byte for byte what a cold compile
 * writes). Anything off (no cache folder, no or a corrupt cache, another build or output, a stamp
 * that differs, a value the fingerprint cannot walk) means that part is generated, never an error.
 * The files of the application, environment and GitOps scopes are kept alike, by one fingerprint of
 * the model without its microservices ({@link Fingerprints#shared}) and a stamp per file: their
 * objects are still built (they are few and cheap), but not converted nor written.
 *
 * <p>Lifecycle: {@link #open} before the compile, the renderer asks {@link #earlier} and reports
 * {@link #generated} per microservice, {@link #forget} before the tree is written (a run killed
 * after that leaves no cache that could describe a half-written state), {@link #save} after. diff,
 * publish and import compile in memory without one.
 */
public final class Recompile {
  private static final Duration UNUSED = Duration.ofDays(30);

  /**
   * The key of the entry of the application, environment and GitOps scopes' files (by their paths
   * in the output): no folder path is empty, so no microservice's key is this.
   */
  private static final String SHARED = "\0";

  private final PreviousCompile previous;
  private volatile Fingerprints fingerprints;
  private volatile boolean failed;
  private final Map<String, byte[]> prints = new ConcurrentHashMap<>();
  private final Map<String, RecompileCache.Entry> kept = new ConcurrentHashMap<>();
  private final Map<String, List<String>> fresh = new ConcurrentHashMap<>();
  private final AtomicInteger generated = new AtomicInteger();

  /** The previous compile's shared files (by path in the output), when their fingerprint holds. */
  private Map<String, FileStamp> sharedBefore = Map.of();

  private byte[] sharedPrint;
  private final Map<String, FileStamp> keptShared = new HashMap<>();
  private final List<String> freshShared = new ArrayList<>();

  private Recompile(PreviousCompile previous) {
    this.previous = previous;
  }

  /**
   * For a compile into {@code output}, keeping its record under {@code cacheRoot} (the user's cache
   * folder, {@code $XDG_CACHE_HOME} or {@code ~/.cache}; empty: nothing is reused or kept). {@code
   * version} is the tool's; the jar's size and time are added to it, so another build regenerates
   * everything. Returns at once: the record is read and checked against the folder meanwhile
   * ({@link PreviousCompile}), so open it before the input is checked.
   */
  public static Recompile open(Path cacheRoot, String version, Path output) {
    return new Recompile(PreviousCompile.load(cacheRoot, version, output, SHARED));
  }

  /** How many microservices this compile generated (the rest were kept); for tests. */
  public int generatedMicroservices() {
    return generated.get();
  }

  /** How many microservices this compile took from the previous one; for tests. */
  public int keptMicroservices() {
    return kept.size();
  }

  /** How many files of the application, environment and GitOps scopes were generated; for tests. */
  public int generatedSharedFiles() {
    return freshShared.size();
  }

  /** How many files of the application, environment and GitOps scopes were kept; for tests. */
  public int keptSharedFiles() {
    return keptShared.size();
  }

  /** Starts a model's compile: its fingerprints (waiting for the previous record, if need be). */
  void start(Model model) {
    PreviousCompile.Loaded loaded = previous.get();
    if (loaded.cacheFile() == null) {
      return;
    }
    try {
      fingerprints = new Fingerprints(loaded.key(), loaded.build(), model);
      sharedPrint = fingerprints.shared();
    } catch (RuntimeException e) {
      failed = true; // a value the fingerprint cannot walk: generate and record nothing
      return;
    }
    RecompileCache.Entry shared =
        loaded.contents() == null ? null : loaded.contents().entries().get(SHARED);
    if (shared != null && MessageDigest.isEqual(shared.fingerprint(), sharedPrint)) {
      sharedBefore = loaded.sharedStanding();
    }
  }

  /**
   * The stamp of the file at {@code path} in the output (a file of the application, environment or
   * GitOps scope, named by this compile, never by the record) when the previous compile wrote it
   * from the same model without its microservices and it still stands; else null. Called on the
   * generating thread only.
   */
  FileStamp earlierShared(String path) {
    FileStamp before = sharedBefore.get(path);
    if (before == null || failed) {
      return null;
    }
    keptShared.put(path, before);
    return before;
  }

  /**
   * The file at {@code path} of the wider scopes was generated; called on the generating thread.
   */
  void generatedShared(String path) {
    freshShared.add(path);
  }

  /**
   * The names of {@code m}'s files in its environment's folder, with their stamps, when the
   * previous compile's files of it stand; else null.
   */
  RecompileCache.Entry earlier(MsContext m) {
    Fingerprints f = fingerprints;
    if (f == null || failed) {
      return null;
    }
    byte[] print;
    try {
      print = f.of(m);
    } catch (RuntimeException e) {
      failed = true;
      return null;
    }
    String name = key(m);
    prints.put(name, print);
    PreviousCompile.Loaded loaded = previous.get();
    RecompileCache.Entry entry =
        loaded.contents() == null ? null : loaded.contents().entries().get(name);
    if (entry == null
        || !MessageDigest.isEqual(entry.fingerprint(), print)
        || !loaded.standing().contains(name)) {
      return null;
    }
    kept.put(name, entry);
    return entry;
  }

  /** {@code m} was generated into these files of its environment's folder. */
  void generated(MsContext m, List<String> files) {
    generated.incrementAndGet();
    fresh.put(key(m), List.copyOf(files));
  }

  /** Removes the record before the output is replaced; never fails. */
  public void forget() {
    Path cacheFile = previous.get().cacheFile();
    if (cacheFile == null) {
      return;
    }
    try {
      Files.deleteIfExists(cacheFile);
    } catch (IOException e) {
      // the stamps keep an outdated record harmless
    }
  }

  /**
   * Records what the output now holds, after it was written: the kept microservices as they were,
   * the generated ones with the stamps of their new files. Never fails (a cache that cannot be
   * written only means the next compile generates everything).
   */
  public void save() {
    PreviousCompile.Loaded loaded = previous.get();
    Path cacheFile = loaded.cacheFile();
    Path output = loaded.output();
    if (cacheFile == null || failed || fingerprints == null) {
      return;
    }
    Map<String, RecompileCache.Entry> entries = new HashMap<>(kept);
    fresh.forEach(
        (name, files) -> {
          byte[] print = prints.get(name);
          Path folder = output.resolve(folderOf(name));
          List<FileStamp> stamps = new ArrayList<>(files.size());
          for (String file : files) {
            FileStamp stamp = FileStamp.of(folder.resolve(file));
            if (stamp == null) {
              return; // unlike what was written: not recorded, generated next time
            }
            stamps.add(stamp);
          }
          if (print != null) {
            entries.put(name, new RecompileCache.Entry(print, files, stamps));
          }
        });
    entries.put(SHARED, sharedEntry(output));
    try {
      Path dir = cacheFile.getParent();
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      RecompileCache.write(
          cacheFile,
          new RecompileCache.Contents(loaded.build(), output.toString(), loaded.key(), entries));
      pruneUnused(dir);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      forget();
    }
  }

  /**
   * The shared files as the output now holds them: those kept with their stamps (a link keeps
   * them), the generated ones with their new stamps, unless they are unlike what was written.
   */
  private RecompileCache.Entry sharedEntry(Path output) {
    List<String> files = new ArrayList<>();
    List<FileStamp> stamps = new ArrayList<>();
    keptShared.forEach(
        (path, stamp) -> {
          files.add(path);
          stamps.add(stamp);
        });
    for (String path : freshShared) {
      FileStamp stamp = FileStamp.of(output.resolve(path));
      if (stamp != null) {
        files.add(path);
        stamps.add(stamp);
      }
    }
    return new RecompileCache.Entry(sharedPrint, files, stamps);
  }

  /** An entry's key: the path of its environment's folder, NUL, the microservice's name. */
  private static String key(MsContext m) {
    return Layout.path(Folder.of(m.app(), m.env())) + "\0" + m.ms().name();
  }

  private static String folderOf(String key) {
    return key.substring(0, key.indexOf('\0'));
  }

  /** Records of output folders nobody compiled into for a month (e.g. test folders) go. */
  private static void pruneUnused(Path dir) throws IOException {
    FileTime before = FileTime.from(Instant.now().minus(UNUSED));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.cache")) {
      for (Path file : files) {
        if (Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
