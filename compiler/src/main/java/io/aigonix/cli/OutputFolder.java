package io.aigonix.cli;

import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.OutputTree;
import io.aigonix.render.Recompile;
import io.aigonix.render.TreeWriter;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code compile -o <dir>}: compiles into the folder, taking from it what the previous compile
 * there wrote of the microservices that did not change ({@link Recompile}, its record in the user's
 * cache folder), and replaces it ({@link TreeWriter}).
 */
final class OutputFolder {
  /**
   * What was written: the tree's file count, how many microservices were generated or kept, and how
   * many files of the application, environment and GitOps scopes.
   */
  record Written(
      int files,
      int generatedMicroservices,
      int keptMicroservices,
      int generatedSharedFiles,
      int keptSharedFiles) {}

  private OutputFolder() {}

  static Written write(Invocation io, Compiler compiler, Checked checked, Path target)
      throws IOException {
    return write(compiler, checked, target, open(io, target));
  }

  /**
   * Starts reading what the previous compile into {@code target} left; call it before the input is
   * checked, which hides the reading ({@link Recompile#open}).
   */
  static Recompile open(Invocation io, Path target) {
    return Recompile.open(cacheFolder(io), BuildInfo.VERSION, target);
  }

  /** The same with the record {@link #open} started reading. */
  static Written write(Compiler compiler, Checked checked, Path target, Recompile recompile)
      throws IOException {
    OutputTree tree = compiler.compile(checked, recompile);
    recompile.forget();
    new TreeWriter().write(tree, target, recompile::save);
    return new Written(
        tree.size(),
        recompile.generatedMicroservices(),
        recompile.keptMicroservices(),
        recompile.generatedSharedFiles(),
        recompile.keptSharedFiles());
  }

  /**
   * The user's cache folder (XDG Base Directory: {@code $XDG_CACHE_HOME} when absolute, else {@code
   * ~/.cache}), where the recompile record lives; null without either (nothing is reused).
   */
  private static Path cacheFolder(Invocation io) {
    String xdg = io.environment().get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty()) {
      try {
        Path p = Path.of(xdg);
        if (p.isAbsolute()) {
          return p;
        }
      } catch (InvalidPathException e) {
        // ignored as the specification says: fall back to ~/.cache
      }
    }
    String home = io.environment().get("HOME");
    if (home == null || home.isEmpty()) {
      return null;
    }
    try {
      Path p = Path.of(home);
      return p.isAbsolute() ? p.resolve(".cache") : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
