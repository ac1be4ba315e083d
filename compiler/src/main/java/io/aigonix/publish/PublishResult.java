package io.aigonix.publish;

import io.aigonix.diff.FileChanges;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The outcome of a publish: the new commit (null when nothing changed), the commit the branch was
 * at, what changed under the path, how many attempts the compare-and-swap took, and warnings for
 * the user.
 */
public record PublishResult(
    ObjectId commit, ObjectId previous, FileChanges changes, int attempts, List<String> warnings) {
  public PublishResult {
    warnings = List.copyOf(warnings);
  }

  public boolean changed() {
    return commit != null;
  }

  /**
   * The new commit's id in hex (null when nothing changed): callers outside publish need no JGit.
   */
  public String commitId() {
    return commit == null ? null : commit.name();
  }
}
