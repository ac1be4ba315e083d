package io.aigonix.seal;

import io.aigonix.Needs;
import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The shared independent Node verifier ({@code ../shared/tools/sealed-verify}) with its test keys
 * and the upstream Go vectors. The tool is copied into {@code target/sealed-verify} (the shared
 * folder is read-only) and set up with {@code npm ci} once, unless the shared folder already has
 * its node_modules. Each accessor goes through {@link Needs}: a plain clone without ../shared or
 * Node skips the test.
 */
final class SealedVerify {
  private static final String TOOL = "tools/sealed-verify";

  private SealedVerify() {}

  /** A file of the tool's folder, e.g. {@code testkeys/expired.crt}, needed {@code purpose}. */
  static Path file(String relative, String purpose) {
    return Needs.shared(TOOL + "/" + relative, purpose);
  }

  static Path testKey() {
    return file("testkeys/tls.key", "to open what we sealed with the sealed-secrets test key");
  }

  static Path testCert() {
    return file("testkeys/tls.crt", "to seal with the sealed-secrets test certificate");
  }

  static Path expiredCert() {
    return file("testkeys/expired.crt", "to check that an expired certificate is refused");
  }

  /** A working copy of the tool with node_modules installed. */
  static Path prepared() throws IOException, InterruptedException {
    return prepared("sealed-verify", "to decrypt our SealedSecrets with the independent verifier");
  }

  /**
   * A working copy of {@code ../shared/tools/<tool>} (every tool there depends on yaml) with
   * node_modules, needed {@code purpose}.
   */
  static synchronized Path prepared(String tool, String purpose)
      throws IOException, InterruptedException {
    Path shared = Needs.sharedAndNode("tools/" + tool, purpose);
    Path target = TestSupport.root().resolve("compiler/target").resolve(tool);
    if (!Files.isDirectory(target.resolve("node_modules/yaml"))) {
      boolean installed = Files.isDirectory(shared.resolve("node_modules/yaml"));
      copyTree(shared, target, installed);
      if (installed) {
        return target; // already set up in the shared folder (e.g. by CI): no network needed
      }
      Path npm = Needs.program("npm", "to install the independent checkers' dependencies (npm ci)");
      Result r = run(target, npm.toString(), "ci", "--no-audit", "--no-fund");
      if (r.exit != 0) {
        throw new IllegalStateException("npm ci failed in " + target + ":\n" + r.out + r.err);
      }
    }
    return target;
  }

  record Result(int exit, String out, String err) {}

  static Result run(Path dir, String... command) throws IOException, InterruptedException {
    TestSupport.Run r = TestSupport.process(dir, System.getenv(), List.of(command));
    return new Result(r.exitCode(), r.out(), r.err());
  }

  private static void copyTree(Path from, Path to, boolean withModules) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!withModules && dir.getFileName().toString().equals("node_modules")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Path d = to.resolve(from.relativize(dir).toString());
            Files.createDirectories(d);
            d.toFile().setWritable(true, true);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Path t = to.resolve(from.relativize(file).toString());
            Files.copy(file, t, StandardCopyOption.REPLACE_EXISTING);
            t.toFile().setWritable(true, true);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
