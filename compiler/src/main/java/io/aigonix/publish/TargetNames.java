package io.aigonix.publish;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.lib.Repository;

/**
 * What {@code --branch} and {@code --path} may be: what Git itself accepts as a branch name, and
 * folder names that {@code git fsck --strict} (and servers with receive.fsckObjects) accept for a
 * tree, on any platform. Checked before anything is compiled or written, so a bad name is a usage
 * error.
 */
public final class TargetNames {
  private static final Set<String> RESERVED =
      Set.of(".git", ".gitmodules", ".gitattributes", ".gitignore", ".mailmap");

  private TargetNames() {}

  /** Why {@code branch} is not a branch name Git would create, if it is not. */
  public static Optional<String> branchProblem(String branch) {
    String ref = branch.startsWith("refs/") ? branch : "refs/heads/" + branch;
    String name = ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : "";
    if (!Repository.isValidRefName(ref)
        || name.isEmpty()
        || name.equals("HEAD")
        || name.equals("@")
        || name.startsWith("-")) {
      return Optional.of(
          "--branch "
              + printable(branch)
              + " is not a valid branch name (see git check-ref-format)");
    }
    return Optional.empty();
  }

  /** Why {@code path} is not a folder aigonix may replace, if it is not. */
  public static Optional<String> pathProblem(String path) {
    if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.of("--path must not hold control characters (newlines, tabs)");
    }
    if (path.contains("\\")) {
      return Optional.of("--path must use '/' between folders, not '\\': " + path);
    }
    ObjectChecker checker = new ObjectChecker().setSafeForWindows(true).setSafeForMacOS(true);
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        return Optional.of("--path must be a relative path inside the repository: " + path);
      }
      // Git gives these names meaning, in any case and with Windows' trailing dots and spaces (fsck
      // rejects them as folders); git~1 and gitmod~1 are Windows short names. JGit checks the rest.
      String lower = part.toLowerCase(Locale.ROOT).replaceAll("[. ]+$", "");
      if (RESERVED.contains(lower) || lower.matches("(git|gitmod|gitatt|gitign)~\\d+")) {
        return Optional.of("--path may not name a folder '" + part + "': Git reserves it");
      }
      byte[] raw = part.getBytes(StandardCharsets.UTF_8);
      try {
        checker.checkPathSegment(raw, 0, raw.length);
      } catch (CorruptObjectException e) {
        return Optional.of("--path may not name a folder '" + part + "': " + e.getMessage());
      }
    }
    return Optional.empty();
  }

  private static String printable(String s) {
    return "'" + s.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
