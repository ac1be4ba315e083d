package io.aigonix;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * An independent Node checker of {@code ../shared/tools/<tool>} (sealed-verify, k8s-validate), copied into
 * {@code compiler/target/<tool>} (the shared folder is read-only) and set up with {@code npm ci} once,
 * unless the shared folder already has its node_modules. Goes through {@link Needs}: without ../shared
 * or Node the test is skipped (and fails under CI=true).
 */
public final class NodeTool {
  private NodeTool() {}

  /** A working copy of the tool with node_modules installed, needed {@code purpose}. */
  public static synchronized Path prepared(String tool, String purpose) throws IOException, InterruptedException {
    Path shared = Needs.sharedAndNode("tools/" + tool, purpose);
    Path target = TestSupport.root().resolve("compiler/target").resolve(tool);
    if (!Files.isDirectory(target.resolve("node_modules/yaml"))) {
      boolean installed = Files.isDirectory(shared.resolve("node_modules/yaml"));
      copyTree(shared, target, installed);
      if (installed) {
        return target; // already set up in the shared folder (e.g. by CI): no network needed
      }
      Path npm = Needs.program("npm", "to install the dependencies of " + tool + " (npm ci)");
      TestSupport.Run r = run(target, npm.toString(), "ci", "--no-audit", "--no-fund");
      if (r.exitCode() != 0) {
        throw new IllegalStateException("npm ci failed in " + target + ":\n" + r.out() + r.err());
      }
    }
    return target;
  }

  public static TestSupport.Run run(Path dir, String... command) throws IOException, InterruptedException {
    return TestSupport.process(dir, System.getenv(), List.of(command));
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
