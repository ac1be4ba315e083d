package io.aigonix.model;

import static io.aigonix.model.Defaults.or;

import io.aigonix.spec.GitopsSpec;
import io.aigonix.spec.GitopsSpec.ClusterSpec;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code gitops} → {@link Gitops}: defaults applied, and the clusters of SPEC §12 with the tools
 * that sync each. A cluster's {@code sync} picks its tool (whose settings then apply even when that
 * tool is not {@code enabled}); a cluster without one is synced by every enabled tool.
 */
final class GitopsResolver {
  private static final String FLUX = "flux";
  private static final String ARGOCD = "argocd";

  Gitops resolve(GitopsSpec g) {
    if (g == null) {
      return new Gitops(Defaults.GITOPS_PATH, Optional.empty(), Optional.empty(), new TreeMap<>());
    }
    boolean fluxEnabled = g.flux() != null && Boolean.TRUE.equals(g.flux().enabled());
    boolean argoEnabled = g.argocd() != null && Boolean.TRUE.equals(g.argocd().enabled());
    TreeMap<String, Gitops.Cluster> clusters = new TreeMap<>();
    GitopsSpec.ArgoCdSpec argoSpec = g.argocd();
    String defaultServer =
        or(argoSpec == null ? null : argoSpec.destinationServer(), Defaults.ARGOCD_DESTINATION);
    if (g.clusters() != null) {
      g.clusters()
          .forEach(
              (name, c) ->
                  clusters.put(name, cluster(name, c, fluxEnabled, argoEnabled, defaultServer)));
    }
    boolean flux =
        clusters.isEmpty()
            ? fluxEnabled
            : clusters.values().stream().anyMatch(Gitops.Cluster::flux);
    boolean argo =
        clusters.isEmpty()
            ? argoEnabled
            : clusters.values().stream().anyMatch(Gitops.Cluster::argocd);
    GitopsSpec.FluxSpec f = g.flux();
    GitopsSpec.SourceRefSpec source = f == null ? null : f.sourceRef();
    Optional<Gitops.Flux> fluxSettings =
        !flux
            ? Optional.empty()
            : Optional.of(
                new Gitops.Flux(
                    or(f == null ? null : f.interval(), Defaults.FLUX_INTERVAL),
                    or(source == null ? null : source.kind(), Defaults.FLUX_SOURCE_KIND),
                    or(source == null ? null : source.name(), Defaults.FLUX_SOURCE_NAME),
                    or(
                        source == null ? null : source.namespace(),
                        Defaults.FLUX_SOURCE_NAMESPACE)));
    GitopsSpec.ArgoCdSpec a = argoSpec;
    Optional<Gitops.ArgoCd> argoSettings =
        !argo
            ? Optional.empty()
            : Optional.of(
                new Gitops.ArgoCd(
                    or(a == null ? null : a.project(), Defaults.ARGOCD_PROJECT),
                    or(a == null ? null : a.repoURL(), ""),
                    or(a == null ? null : a.targetRevision(), Defaults.ARGOCD_TARGET_REVISION),
                    or(a == null ? null : a.namespace(), Defaults.ARGOCD_NAMESPACE),
                    defaultServer));
    return new Gitops(or(g.path(), Defaults.GITOPS_PATH), fluxSettings, argoSettings, clusters);
  }

  private static Gitops.Cluster cluster(
      String name, ClusterSpec c, boolean fluxEnabled, boolean argoEnabled, String defaultServer) {
    String sync = c == null ? null : c.sync();
    String server = c == null || c.argocd() == null ? null : c.argocd().server();
    boolean flux = sync == null ? fluxEnabled : sync.equals(FLUX);
    boolean argo = sync == null ? argoEnabled : sync.equals(ARGOCD);
    return new Gitops.Cluster(name, flux, argo, or(server, defaultServer));
  }
}
