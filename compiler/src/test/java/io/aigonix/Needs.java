package io.aigonix;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs beyond Java, Maven and git: {@code ../shared} beside the checkout (the
 * independent checkers, test keys and vectors) and programs on PATH (Node, ssh-keygen, bash,
 * pre-commit). Without one the test is skipped with a message saying what it would have checked, so
 * a plain clone passes {@code mvn -B verify}; with {@code CI=true} (how CI runs .ci/run) it fails
 * instead, so a skip can never hide in CI.
 */
public final class Needs {
  private final Map<String, String> env;
  private final Path shared;

  Needs(Map<String, String> env, Path shared) {
    this.env = env;
    this.shared = shared;
  }

  private static Needs here() {
    return new Needs(System.getenv(), TestSupport.shared());
  }

  /** {@code ../shared/<path>} (a file or folder), or the test stops here. */
  public static Path shared(String path, String purpose) {
    return here().sharedPath(path, false, purpose);
  }

  /** {@code ../shared/<path>} and {@code node} on PATH, or the test stops here. */
  public static Path sharedAndNode(String path, String purpose) {
    return here().sharedPath(path, true, purpose);
  }

  /** A program on PATH, or the test stops here. */
  public static Path program(String name, String purpose) {
    Needs needs = here();
    Optional<Path> found = needs.find(name);
    needs.require(name, found.isEmpty() ? List.of("no " + name + " on PATH") : List.of(), purpose);
    return found.orElseThrow();
  }

  /** A file the build makes (such as the release archive), or the test stops here. */
  public static Path built(Path file, String how, String purpose) {
    here()
        .require(
            file.getFileName().toString(),
            Files.isRegularFile(file) ? List.of() : List.of("no " + file + "; " + how),
            purpose);
    return file;
  }

  /** Where a program is on PATH, without skipping (for tests that build a PATH of their own). */
  public static Optional<Path> onPath(String name) {
    return here().find(name);
  }

  Path sharedPath(String path, boolean withNode, String purpose) {
    Path p = shared.resolve(path);
    List<String> missing = new ArrayList<>();
    if (!Files.exists(p)) {
      missing.add("no " + p);
    }
    if (withNode && find("node").isEmpty()) {
      missing.add("no node on PATH");
    }
    require("../shared/" + path + (withNode ? " and Node" : ""), missing, purpose);
    return p;
  }

  /** Skips, or under CI fails, with "needs <what> <purpose>" when something is missing. */
  void require(String what, List<String> missing, String purpose) {
    if (missing.isEmpty()) {
      return;
    }
    String needs = "needs " + what + " " + purpose + " (" + String.join("; ", missing) + ")";
    if (ci()) {
      Assertions.fail("CI is set, so this test may not be skipped: it " + needs);
    }
    Assumptions.abort("skipped: " + needs);
  }

  /** CI=true (any value but empty, false or 0): what CI sets for .ci/run. */
  boolean ci() {
    String ci = env.getOrDefault("CI", "").trim();
    return !ci.isEmpty() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
  }

  Optional<Path> find(String program) {
    for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, program);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
