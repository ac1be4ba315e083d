package io.aigonix;

import io.aigonix.cli.Invocation;
import io.aigonix.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Shared test helpers: where the repository is, running the CLI in-process and programs as
 * processes.
 */
public final class TestSupport {
  /** A fixed clock for tests: inside every shipped certificate's validity. */
  public static final Instant NOW = Instant.parse("2027-06-01T12:00:00Z");

  private TestSupport() {}

  /** The repository root (surefire passes it; falls back to the parent of the module folder). */
  public static Path root() {
    String configured = System.getProperty("aigonix.root");
    Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
    return root.toAbsolutePath().normalize();
  }

  public static Path samples() {
    return root().resolve("samples");
  }

  public static Path golden() {
    return root().resolve("golden-tests");
  }

  /** ../shared beside the repository (the independent checkers live there). */
  public static Path shared() {
    return root().resolveSibling("shared");
  }

  public static boolean updateGolden() {
    return Boolean.getBoolean("aigonix.updateGolden");
  }

  /** Sorted sub-folder names of a folder. */
  public static List<String> folders(Path dir) throws java.io.IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  public record Run(int exitCode, String out, String err) {}

  public static Run cli(Path workingDirectory, String... args) {
    return cli(workingDirectory, new ByteArrayInputStream(new byte[0]), Map.of(), args);
  }

  public static Run cli(
      Path workingDirectory, InputStream stdin, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Invocation io =
        new Invocation(
            workingDirectory, stdin, env, new PrintWriter(out), new PrintWriter(err), NOW);
    int code = Main.run(io, args);
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * Runs a program in {@code dir} with exactly {@code environment}, no stdin, and waits (at most 10
   * minutes) for it; stdout and stderr go through files, so a chatty program cannot block on a
   * pipe.
   */
  public static Run process(Path dir, Map<String, String> environment, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(environment);
    Path out = Files.createTempFile("aigonix-process", ".out");
    Path err = Files.createTempFile("aigonix-process", ".err");
    try {
      Process p =
          pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + String.join(" ", command));
      }
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Copies a sample's folder (its aigonix.yaml and the files it references) to {@code target}. */
  public static Path copySample(String name, Path target) throws java.io.IOException {
    return copyTree(samples().resolve(name), target);
  }

  /** Copies a folder with everything in it to {@code target} (created); copies are writable. */
  public static Path copyTree(Path source, Path target) throws java.io.IOException {
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.sorted().toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          to.toFile().setWritable(true, true);
        }
      }
    }
    return target;
  }
}
