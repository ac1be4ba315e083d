package io.aigonix.model;

import java.util.Optional;

/** Where the tree lives in the GitOps repository and which tool syncs it. */
public record Gitops(String path, Optional<Flux> flux, Optional<ArgoCd> argocd) {

  public record Flux(String interval, String sourceKind, String sourceName, String sourceNamespace) {}

  public record ArgoCd(
      String project, String repoUrl, String targetRevision, String namespace, String destinationServer) {}

  /**
   * The repository path of a folder of the tree, as Flux wants it: {@code ./<path>/<folder>}, with
   * {@code .} segments, doubled and trailing slashes removed.
   */
  public String repositoryPath(String folder) {
    StringBuilder b = new StringBuilder(".");
    for (String segment : (path + "/" + folder).split("/")) {
      if (!segment.isEmpty() && !segment.equals(".")) {
        b.append('/').append(segment);
      }
    }
    return b.toString();
  }
}
