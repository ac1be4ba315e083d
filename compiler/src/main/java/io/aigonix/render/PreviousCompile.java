package io.aigonix.render;

import io.aigonix.layout.Layout;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * What the previous compile into an output folder left, for a {@link Recompile}: its record ({@link
 * RecompileCache}, found by a hash of the output's real path) and which of the recorded files still
 * stand in the folder (their {@link FileStamp stamps} unchanged). It is read and checked on a
 * thread of its own from the moment the command starts, while the input is parsed and checked on
 * the main one: the record's read and the stats of every recorded file (15,443 for 1,000
 * microservices) then cost the time the check leaves the other core, not the compile's. A file
 * edited after it was looked at and before it is linked is taken as it was; the same holds, in a
 * shorter window, for any stamp taken before the link.
 */
final class PreviousCompile {
  private static volatile String codeStamp;

  /**
   * The loaded record.
   *
   * @param output the output folder's real path
   * @param cacheFile where the record is kept; null: nothing is reused or kept
   * @param build the build that writes the record ({@link #build})
   * @param contents the previous record of this build and output folder, or null
   * @param key the key fingerprints are hashed with: the record's, or a new random one
   * @param standing the microservice entries all of whose files stand
   * @param sharedStanding the shared entry's files that stand, by path in the output
   */
  record Loaded(
      Path output,
      Path cacheFile,
      String build,
      RecompileCache.Contents contents,
      byte[] key,
      Set<String> standing,
      Map<String, FileStamp> sharedStanding) {}

  private final FutureTask<Loaded> loading;

  private PreviousCompile(FutureTask<Loaded> loading) {
    this.loading = loading;
  }

  /**
   * Starts loading the record of a compile into {@code output} kept under {@code cacheRoot} (null:
   * none); {@code sharedKey} names the entry of the shared files, kept by path.
   */
  static PreviousCompile load(Path cacheRoot, String version, Path output, String sharedKey) {
    FutureTask<Loaded> task =
        new FutureTask<>(() -> loadNow(cacheRoot, version, output, sharedKey));
    Thread thread = new Thread(task, "aigonix-previous-compile");
    thread.setDaemon(true); // a check that fails ends the run without waiting for it
    thread.start();
    return new PreviousCompile(task);
  }

  /** The loaded record; waits for it. */
  Loaded get() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return loading.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("loading the recompile record failed", e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Loaded loadNow(Path cacheRoot, String version, Path output, String sharedKey) {
    Path out = realPath(output.toAbsolutePath().normalize());
    String build = build(version);
    Path file =
        cacheRoot == null || build == null
            ? null
            : cacheRoot.resolve("aigonix").resolve("compile").resolve(name(out) + ".cache");
    RecompileCache.Contents contents = null;
    if (file != null
        && Files.isRegularFile(out.resolve(Layout.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      contents = RecompileCache.read(file);
      if (contents != null
          && !(contents.build().equals(build) && contents.output().equals(out.toString()))) {
        contents = null;
      }
    }
    byte[] key = contents != null ? contents.key() : null;
    if (key == null) {
      key = new byte[32];
      new SecureRandom().nextBytes(key);
    }
    Set<String> standing = new HashSet<>();
    Map<String, FileStamp> sharedStanding = new HashMap<>();
    if (contents != null) {
      contents
          .entries()
          .forEach(
              (name, entry) -> {
                if (name.equals(sharedKey)) {
                  standingFiles(out, entry, sharedStanding);
                } else if (stands(out, name, entry)) {
                  standing.add(name);
                }
              });
    }
    return new Loaded(out, file, build, contents, key, standing, sharedStanding);
  }

  /**
   * Whether every file of a microservice's entry (keyed by its folder's path, NUL, its name) is in
   * that folder with its recorded stamp. A name this tool never writes means the record is not
   * trusted.
   */
  private static boolean stands(Path out, String name, RecompileCache.Entry entry) {
    int nul = name.indexOf('\0');
    if (nul < 0 || !isRelativePath(name.substring(0, nul))) {
      return false;
    }
    Path folder = out.resolve(name.substring(0, nul));
    List<String> files = entry.files();
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      if (!isName(file)) {
        return false;
      }
      if (!entry.stamps().get(i).equals(FileStamp.of(folder.resolve(file)))) {
        return false; // edited, replaced or removed by hand: generated anew
      }
    }
    return true;
  }

  /** The files of the shared entry (paths in the output) that have their recorded stamps. */
  private static void standingFiles(
      Path out, RecompileCache.Entry entry, Map<String, FileStamp> into) {
    for (int i = 0; i < entry.files().size(); i++) {
      String path = entry.files().get(i);
      FileStamp stamp = entry.stamps().get(i);
      if (isRelativePath(path) && stamp.equals(FileStamp.of(out.resolve(path)))) {
        into.put(path, stamp);
      }
    }
  }

  /** A path of names joined by '/', as {@link Layout#path} makes them. */
  private static boolean isRelativePath(String path) {
    for (String part : path.split("/", -1)) {
      if (!isName(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isName(String name) {
    return !name.isEmpty() && !name.contains("/") && !name.equals(".") && !name.equals("..");
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
      CodeSource source = PreviousCompile.class.getProtectionDomain().getCodeSource();
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
