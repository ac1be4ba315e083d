package io.aigonix.publish;

import io.aigonix.render.OutputTree;
import java.util.List;
import java.util.Objects;

/**
 * Everything a publish needs, and nothing it would otherwise read from the process: the compiled
 * tree, the target branch and path, an optional subject that replaces the generated one, who and
 * when, and the trailers (Source-Commit, Source-Path).
 */
public record PublishRequest(
    OutputTree tree,
    String branch,
    String path,
    String subject,
    GitIdentity identity,
    List<String> trailers) {
  public PublishRequest {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(identity, "identity");
    trailers = List.copyOf(trailers);
  }

  public String refName() {
    return branch.startsWith("refs/") ? branch : "refs/heads/" + branch;
  }
}
