package io.aigonix.render;

import io.aigonix.generate.MsContext;
import io.aigonix.layout.Folder;
import io.aigonix.layout.Layout;
import io.aigonix.model.Model;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One {@code compile -o} that may reuse what the previous compile into the same folder wrote: a
 * microservice whose {@link Fingerprints fingerprint} equals the one that compile recorded, and
 * whose files in {@code -o} still have the {@link FileStamp stamps} it recorded, is not generated;
 * its files are linked from the old tree into the new one ({@link UnchangedFiles#keep}). The record
 * is a {@link RecompileCache} file in the user's cache folder, named by a hash of the output's real
 * path, never in the output tree (which is committed and stays byte for byte what a cold compile
 * writes). Anything off (no cache folder, no or a corrupt cache, another build or output, a stamp
 * that differs, a value the fingerprint cannot walk) means that part is generated, never an error.
 *
 * <p>Lifecycle: {@link #open} before the compile, the renderer asks {@link #earlier} and reports
 * {@link #generated} per microservice, {@link #forget} before the tree is written (a run killed
 * after that leaves no cache that could describe a half-written state), {@link #save} after. diff,
 * publish and import compile in memory without one.
 */
public final class Recompile {
  private static final Duration UNUSED = Duration.ofDays(30);
  private static volatile String codeStamp;

  private final Path output;
  private final Path cacheFile;
  private final String build;
  private final RecompileCache.Contents previous;
  private final byte[] key;
  private volatile Fingerprints fingerprints;
  private volatile boolean failed;
  private final Map<String, byte[]> prints = new ConcurrentHashMap<>();
  private final Map<String, RecompileCache.Entry> kept = new ConcurrentHashMap<>();
  private final Map<String, List<String>> fresh = new ConcurrentHashMap<>();
  private final AtomicInteger generated = new AtomicInteger();

  private Recompile(
      Path output, Path cacheFile, String build, RecompileCache.Contents previous, byte[] key) {
    this.output = output;
    this.cacheFile = cacheFile;
    this.build = build;
    this.previous = previous;
    this.key = key;
  }

  /**
   * For a compile into {@code output}, keeping its record under {@code cacheRoot} (the user's cache
   * folder, {@code $XDG_CACHE_HOME} or {@code ~/.cache}; empty: nothing is reused or kept). {@code
   * version} is the tool's; the jar's size and time are added to it, so another build regenerates
   * everything.
   */
  public static Recompile open(Path cacheRoot, String version, Path output) {
    Path out = realPath(output.toAbsolutePath().normalize());
    String build = build(version);
    Path file =
        cacheRoot == null || build == null
            ? null
            : cacheRoot.resolve("aigonix").resolve("compile").resolve(name(out) + ".cache");
    RecompileCache.Contents previous = null;
    if (file != null
        && Files.isRegularFile(out.resolve(Layout.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      previous = RecompileCache.read(file);
      if (previous != null
          && !(previous.build().equals(build) && previous.output().equals(out.toString()))) {
        previous = null;
      }
    }
    byte[] key = previous != null ? previous.key() : null;
    if (key == null) {
      key = new byte[32];
      new SecureRandom().nextBytes(key);
    }
    return new Recompile(out, file, build, previous, key);
  }

  /** How many microservices this compile generated (the rest were kept); for tests. */
  public int generatedMicroservices() {
    return generated.get();
  }

  /** How many microservices this compile took from the previous one; for tests. */
  public int keptMicroservices() {
    return kept.size();
  }

  /** Starts a model's compile: its fingerprints. */
  void start(Model model) {
    if (cacheFile == null) {
      return;
    }
    try {
      fingerprints = new Fingerprints(key, build, model);
    } catch (RuntimeException e) {
      failed = true; // a value the fingerprint cannot walk: generate and record nothing
    }
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
    RecompileCache.Entry entry = previous == null ? null : previous.entries().get(name);
    if (entry == null || !MessageDigest.isEqual(entry.fingerprint(), print)) {
      return null;
    }
    Path folder = output.resolve(folderOf(name));
    for (int i = 0; i < entry.files().size(); i++) {
      String file = entry.files().get(i);
      if (file.isEmpty() || file.contains("/") || file.equals(".") || file.equals("..")) {
        return null; // not a name this tool writes: the record is not trusted
      }
      if (!entry.stamps().get(i).equals(FileStamp.of(folder.resolve(entry.files().get(i))))) {
        return null; // edited, replaced or removed by hand: generated anew
      }
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
    try {
      Path dir = cacheFile.getParent();
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      RecompileCache.write(
          cacheFile, new RecompileCache.Contents(build, output.toString(), key, entries));
      pruneUnused(dir);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      forget();
    }
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

  /** The real path of {@code out}, or of its parent with its name when it does not exist yet. */
  private static Path realPath(Path out) {
    try {
      return out.toRealPath();
    } catch (IOException e) {
      try {
        return out.getParent() == null
            ? out
            : out.getParent().toRealPath().resolve(out.getFileName());
      } catch (IOException again) {
        return out;
      }
    }
  }

  private static String name(Path out) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(out.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The build: the version, the Java runtime, and where the classes come from with the size and
   * time of the jar (of the newest class file when they are a folder, as in a development build),
   * so a rebuilt aigonix never takes a record of another as its own. Null when it cannot tell.
   */
  private static String build(String version) {
    String stamp = codeStamp;
    if (stamp == null) {
      stamp = codeStamp();
      codeStamp = stamp;
    }
    return stamp.isEmpty() ? null : version + " " + Runtime.version() + " " + stamp;
  }

  private static String codeStamp() {
    try {
      CodeSource source = Recompile.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return "";
      }
      Path code = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
      }
      long newest = 0;
      long count = 0;
      long size = 0;
      try (Stream<Path> walk = Files.walk(code)) {
        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
          size += Files.size(p);
          count++;
        }
      }
      return code + " " + count + " " + size + " " + newest;
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "";
    }
  }
}
