package io.aigonix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * An independent Node checker of {@code ../shared/tools/<tool>}, copied into {@code compiler/target/<tool>}
 * (the shared folder is read-only) and set up with {@code npm ci} once, unless the shared folder already
 * has its node_modules; and running a program with its output captured.
 */
public final class NodeTool {
  private NodeTool() {}

  public static Path shared(String tool) {
    return TestSupport.shared().resolve("tools").resolve(tool);
  }

  /** A working copy of the tool with node_modules installed. */
  public static synchronized Path prepared(String tool) throws IOException, InterruptedException {
    Path shared = shared(tool);
    Path target = TestSupport.root().resolve("compiler/target").resolve(tool);
    if (!Files.isDirectory(target.resolve("node_modules/yaml"))) {
      boolean installed = Files.isDirectory(shared.resolve("node_modules/yaml"));
      copyTree(shared, target, installed);
      if (installed) {
        return target; // already set up in the shared folder (e.g. by CI): no network needed
      }
      Result r = run(target, "npm", "ci", "--no-audit", "--no-fund");
      if (r.exit() != 0) {
        throw new IllegalStateException("npm ci failed in " + target + ":\n" + r.out() + r.err());
      }
    }
    return target;
  }

  public record Result(int exit, String out, String err) {}

  public static Result run(Path dir, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Path out = Files.createTempFile("proc", ".out");
    Path err = Files.createTempFile("proc", ".err");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timed out: " + String.join(" ", command));
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Whether a program is on the PATH. */
  public static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  private static void copyTree(Path from, Path to, boolean withModules) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (!withModules && dir.getFileName().toString().equals("node_modules")) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Path d = to.resolve(from.relativize(dir).toString());
        Files.createDirectories(d);
        d.toFile().setWritable(true, true);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Path t = to.resolve(from.relativize(file).toString());
        Files.copy(file, t, StandardCopyOption.REPLACE_EXISTING);
        t.toFile().setWritable(true, true);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
