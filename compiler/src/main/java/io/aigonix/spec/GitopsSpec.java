package io.aigonix.spec;

public record GitopsSpec(String path, FluxSpec flux, ArgoCdSpec argocd) {

  public record FluxSpec(Boolean enabled, String interval, SourceRefSpec sourceRef) {}

  public record SourceRefSpec(String kind, String name, String namespace) {}

  public record ArgoCdSpec(
      Boolean enabled,
      String project,
      String repoURL,
      String targetRevision,
      String namespace,
      String destinationServer) {}
}
