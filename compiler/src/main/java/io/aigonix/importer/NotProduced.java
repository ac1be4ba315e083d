package io.aigonix.importer;

import java.util.Optional;
import java.util.Set;

/**
 * Why a dump's object in an application namespace has no counterpart in the compile of the import,
 * when that is by design (SPEC §7: what is not carried over, and objects aigonix does not manage);
 * empty for a platform object compile should have produced.
 */
final class NotProduced {
  private static final Set<String> CLUSTER_MADE =
      Set.of(
          "Pod",
          "ReplicaSet",
          "Endpoints",
          "EndpointSlice",
          "ControllerRevision",
          "Event",
          "PersistentVolumeClaim",
          "Lease");

  private NotProduced() {}

  static Optional<String> reason(DumpObject d) {
    if (CLUSTER_MADE.contains(d.kind())) {
      return Optional.of("made by the cluster");
    }
    if (Importer.NOT_CARRIED.contains(d.kind()) || d.name().equals("storage-account-secret")) {
      return Optional.of("not carried over (RBAC and backups: see the report)");
    }
    if (d.label("microservice").equals("Welcome")) {
      return Optional.of("the platform's Welcome microservice (use --include-welcome)");
    }
    if (d.kind().equals("Secret")
        && d.node().path("metadata").path("ownerReferences").toString().contains("SealedSecret")) {
      return Optional.of("made by the sealed-secrets controller from its SealedSecret");
    }
    if (d.kind().equals("Secret") && d.data().isEmpty() && d.node().path("stringData").isEmpty()) {
      return Optional.of("an empty Secret: no secretEnv to carry over");
    }
    if (d.label("tenant").isEmpty() || d.label("application").isEmpty()) {
      return Optional.of("unmanaged: no platform labels");
    }
    if ((d.kind().equals("StatefulSet") || d.kind().equals("Service"))
        && d.label("microservice").isEmpty()
        && d.name().endsWith("-mongo")) {
      return Optional.of("no microservice of the environment has a runtime, so no MongoDB");
    }
    return Optional.empty();
  }
}
