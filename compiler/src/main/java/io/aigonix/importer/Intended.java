package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * The documented list of differences compile makes on purpose (SPEC §7 --verify; the README's
 * table): each difference either matches one of these, with its reason, or fails the verification.
 * A difference is intended only in the direction aigonix changes it (e.g. the checksum is added,
 * never removed).
 */
final class Intended {
  static final String CHECKSUM = "the config checksum (SPEC §2.2): a config change rolls the pods";
  static final String SECURITY =
      "security defaults (SPEC §2.2): allowPrivilegeEscalation false, seccomp RuntimeDefault";
  static final String PDB = "a PodDisruptionBudget for more than one replica (SPEC §2.2)";
  static final String CLIENTS =
      "platform quirk fixed: the head mounts clients.json, which the platform's ConfigMap lacked";
  static final String METRICS =
      "platform quirk fixed: the runtime mounts metrics.json, which the platform stopped mounting";
  static final String COMPATIBILITY =
      "the runtime compatibility setting (SPEC §2.3): runtimes 8.0.0 up to 9.3.0 need it";
  static final String CONSENTS = "consent ids: regenerated as name-based UUIDs (SPEC §2.3)";
  static final String LABELS = "a label aigonix adds";
  static final String TARGET_PORT =
      "platform quirk fixed: the Service targets the container port by its name";
  static final String NO_RUNTIME_PORT =
      "platform quirk fixed: no Service port runtime for a microservice without a runtime";
  static final String EMPTY_SECRET =
      "no secretEnv: compile makes no Secret, so the pod does not read the platform's empty one";
  static final String DRIFT =
      "drift: env set on the container is folded into the environment's env (see the report)";

  private Intended() {}

  /**
   * {@code containerEnv}: the env names the dump's Deployment sets directly on its head container
   * (drift that import folds into the env ConfigMap).
   */
  static Optional<String> reason(
      String kind, String name, Differ.Difference d, Set<String> containerEnv) {
    String path = d.joined();
    if (d.added()) {
      if (path.equals("spec.template.metadata.annotations.aigonix.io/config-checksum")) {
        return Optional.of(CHECKSUM);
      }
      if (path.contains("securityContext")) {
        return Optional.of(SECURITY);
      }
      if (kind.equals("ConfigMap")
          && name.endsWith("-dolittle")
          && path.equals("data.clients.json")) {
        return Optional.of(CLIENTS);
      }
      if (path.equals(
          "spec.template.spec.containers[runtime].volumeMounts[/app/.dolittle/metrics.json]")) {
        return Optional.of(METRICS);
      }
      if (path.startsWith("metadata.labels.")
          || path.startsWith("spec.template.metadata.labels.")) {
        return Optional.of(LABELS);
      }
      if (kind.equals("ConfigMap")
          && name.endsWith("-env-variables")
          && d.path().size() == 2
          && containerEnv.contains(d.last())) {
        return Optional.of(DRIFT);
      }
    }
    if (d.removed()) {
      if (path.matches("spec\\.template\\.spec\\.containers\\[head\\]\\.envFrom\\[\\d+\\]")
          && d.dump().has("secretRef")) {
        return Optional.of(EMPTY_SECRET);
      }
      if (path.equals("spec.template.spec.containers[head].env")) {
        return Optional.of(DRIFT);
      }
      if (kind.equals("Service") && path.equals("spec.ports[runtime]")) {
        return Optional.of(NO_RUNTIME_PORT);
      }
    }
    if (kind.equals("Service")
        && path.matches("spec\\.ports\\[[^]]+\\]\\.targetPort")
        && d.dump().isInt()
        && d.compiled().isTextual()) {
      return Optional.of(TARGET_PORT);
    }
    if (kind.equals("ConfigMap") && name.endsWith("-dolittle") && !d.added() && !d.removed()) {
      if (d.last().equals("appsettings.json")
          && sameWithout(d, "/dolittle/runtime/eventstore", "backwardscompatibility")) {
        return Optional.of(COMPATIBILITY);
      }
      if (d.last().equals("event-horizon-consents.json") && sameWithoutConsents(d)) {
        return Optional.of(CONSENTS);
      }
    }
    return Optional.empty();
  }

  /** Whether both JSON documents are equal once {@code field} under {@code at} is removed. */
  private static boolean sameWithout(Differ.Difference d, String at, String field) {
    JsonNode a = JsonText.parse(d.dump().asText());
    JsonNode b = JsonText.parse(d.compiled().asText());
    if (a == null || b == null) {
      return false;
    }
    for (JsonNode doc : new JsonNode[] {a, b}) {
      JsonNode holder = doc.at(at);
      if (holder instanceof ObjectNode o) {
        o.remove(field);
      }
      prune(doc);
    }
    return a.equals(b);
  }

  private static boolean sameWithoutConsents(Differ.Difference d) {
    JsonNode a = JsonText.parse(d.dump().asText());
    JsonNode b = JsonText.parse(d.compiled().asText());
    if (a == null || b == null) {
      return false;
    }
    dropConsents(a);
    dropConsents(b);
    return a.equals(b);
  }

  private static void dropConsents(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove("consent");
    }
    node.elements().forEachRemaining(Intended::dropConsents);
  }

  /** Removes objects left empty, so {@code {"eventstore":{}}} equals a document without it. */
  private static void prune(JsonNode node) {
    if (!(node instanceof ObjectNode o)) {
      return;
    }
    Iterator<java.util.Map.Entry<String, JsonNode>> it = o.fields();
    while (it.hasNext()) {
      JsonNode child = it.next().getValue();
      prune(child);
      if (child.isObject() && child.isEmpty()) {
        it.remove();
      }
    }
  }
}
