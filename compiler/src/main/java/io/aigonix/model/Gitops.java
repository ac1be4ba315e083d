package io.aigonix.model;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where the tree lives in the GitOps repository and which tool syncs it. Without clusters, {@code
 * flux} and {@code argocd} are present when enabled and sync every environment; with clusters (SPEC
 * §12) each cluster says which tool syncs it, and a tool's settings are present when some cluster
 * uses it.
 */
public record Gitops(
    String path,
    Optional<Flux> flux,
    Optional<ArgoCd> argocd,
    SortedMap<String, Cluster> clusters) {

  public Gitops {
    clusters = Collections.unmodifiableSortedMap(new TreeMap<>(clusters));
  }

  public record Flux(
      String interval, String sourceKind, String sourceName, String sourceNamespace) {}

  public record ArgoCd(
      String project,
      String repoUrl,
      String targetRevision,
      String namespace,
      String destinationServer) {}

  /**
   * A cluster (its name is a DNS label) and the tools that sync it: one normally, both when it
   * names none and both are enabled (a warning). {@code server} is the API server Argo CD deploys
   * to.
   */
  public record Cluster(String name, boolean flux, boolean argocd, String server) {}

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
