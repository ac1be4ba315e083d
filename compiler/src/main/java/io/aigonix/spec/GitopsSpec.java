package io.aigonix.spec;

import java.util.Map;

public record GitopsSpec(
    String path, FluxSpec flux, ArgoCdSpec argocd, Map<String, ClusterSpec> clusters) {

  public record FluxSpec(Boolean enabled, String interval, SourceRefSpec sourceRef) {}

  public record SourceRefSpec(String kind, String name, String namespace) {}

  public record ArgoCdSpec(
      Boolean enabled,
      String project,
      String repoURL,
      String targetRevision,
      String namespace,
      String destinationServer) {}

  /**
   * SPEC §12: a cluster, the tool that syncs it ({@code flux} or {@code argocd}) and Argo CD's view
   * of it.
   */
  public record ClusterSpec(String sync, ClusterArgoCdSpec argocd) {}

  public record ClusterArgoCdSpec(String server) {}
}
