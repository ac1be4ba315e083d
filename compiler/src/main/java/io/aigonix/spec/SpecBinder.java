package io.aigonix.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigonix.spec.ApplicationSpec.RegistrySpec;
import io.aigonix.spec.EnvironmentSpec.EdgeSpec;
import io.aigonix.spec.EnvironmentSpec.HostSpec;
import io.aigonix.spec.EnvironmentSpec.IngressSpec;
import io.aigonix.spec.EnvironmentSpec.MongoSpec;
import io.aigonix.spec.EnvironmentSpec.TenantSpec;
import io.aigonix.spec.GitopsSpec.ArgoCdSpec;
import io.aigonix.spec.GitopsSpec.ClusterArgoCdSpec;
import io.aigonix.spec.GitopsSpec.ClusterSpec;
import io.aigonix.spec.GitopsSpec.FluxSpec;
import io.aigonix.spec.GitopsSpec.SourceRefSpec;
import io.aigonix.spec.MicroserviceSpec.AutoscalingSpec;
import io.aigonix.spec.MicroserviceSpec.ConfigFileSpec;
import io.aigonix.spec.MicroserviceSpec.EventHorizonSpec;
import io.aigonix.spec.MicroserviceSpec.HeadSpec;
import io.aigonix.spec.MicroserviceSpec.ProbeSpec;
import io.aigonix.spec.MicroserviceSpec.ProbesSpec;
import io.aigonix.spec.MicroserviceSpec.ProducerSpec;
import io.aigonix.spec.MicroserviceSpec.PublicSpec;
import io.aigonix.spec.MicroserviceSpec.QuantitiesSpec;
import io.aigonix.spec.MicroserviceSpec.ResourcesSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Binds a schema-valid tree to {@link AigonixSpec}, field by field. Written out rather than left to
 * Jackson databind: it is the same size as the annotations it replaces, it says plainly how an
 * absent value differs from an explicit null (overrides need that), and it keeps databind's
 * reflection out of the start-up of every pre-commit run. Absent values are null; maps keep the
 * file's order.
 */
public final class SpecBinder {

  public AigonixSpec bind(JsonNode root) {
    return new AigonixSpec(
        text(root, "$schema"),
        text(root, "apiVersion"),
        object(
            root,
            "customer",
            n -> new CustomerSpec(text(n, "name"), text(n, "id"), text(n, "securityProfile"))),
        object(root, "sealing", n -> new SealingSpec(text(n, "certificate"))),
        object(root, "gitops", SpecBinder::gitops),
        list(root, "applications", SpecBinder::application),
        object(root, "lint", n -> new LintSpec(strings(n, "ignore"))));
  }

  private static GitopsSpec gitops(JsonNode n) {
    return new GitopsSpec(
        text(n, "path"),
        object(
            n,
            "flux",
            f ->
                new FluxSpec(
                    bool(f, "enabled"),
                    text(f, "interval"),
                    object(
                        f,
                        "sourceRef",
                        s ->
                            new SourceRefSpec(
                                text(s, "kind"), text(s, "name"), text(s, "namespace"))))),
        object(
            n,
            "argocd",
            a ->
                new ArgoCdSpec(
                    bool(a, "enabled"),
                    text(a, "project"),
                    text(a, "repoURL"),
                    text(a, "targetRevision"),
                    text(a, "namespace"),
                    text(a, "destinationServer"))),
        map(
            n,
            "clusters",
            c ->
                new ClusterSpec(
                    text(c, "sync"),
                    object(c, "argocd", a -> new ClusterArgoCdSpec(text(a, "server"))))));
  }

  private static ApplicationSpec application(JsonNode n) {
    return new ApplicationSpec(
        text(n, "name"),
        text(n, "objectName"),
        text(n, "id"),
        object(
            n,
            "registry",
            r ->
                new RegistrySpec(
                    text(r, "server"),
                    text(r, "sealedDockerConfigJson"),
                    object(r, "dockerConfigJson", SpecBinder::reference))),
        text(n, "securityProfile"),
        list(n, "environments", SpecBinder::environment),
        list(n, "microservices", SpecBinder::microservice),
        object(n, "secretStore", SpecBinder::secretStore));
  }

  private static EnvironmentSpec environment(JsonNode n) {
    return new EnvironmentSpec(
        text(n, "name"),
        text(n, "objectName"),
        bool(n, "production"),
        text(n, "sealingCertificate"),
        list(
            n,
            "tenants",
            t ->
                new TenantSpec(
                    text(t, "id"),
                    list(t, "hosts", h -> new HostSpec(text(h, "host"), text(h, "secretName"))))),
        object(n, "ingress", i -> new IngressSpec(text(i, "className"), text(i, "clusterIssuer"))),
        object(
            n,
            "mongo",
            m -> new MongoSpec(text(m, "image"), text(m, "storage"), text(m, "storageClass"))),
        text(n, "securityProfile"),
        text(n, "cluster"),
        object(n, "secretStore", SpecBinder::secretStore),
        object(n, "edge", e -> new EdgeSpec(strings(e, "agents"), text(e, "registry"))));
  }

  private static SecretStoreSpec secretStore(JsonNode n) {
    return new SecretStoreSpec(
        text(n, "name"),
        text(n, "kind"),
        text(n, "refreshInterval"),
        text(n, "keyPrefix"),
        bool(n, "rolloutOnRotation"));
  }

  /** A secretEnv value: a string is a ciphertext, an object a store reference. */
  private static SecretValueSpec secretValue(JsonNode n) {
    return n.isObject() ? reference(n) : new SecretValueSpec.Sealed(n.asText());
  }

  private static SecretValueSpec.Reference reference(JsonNode n) {
    return new SecretValueSpec.Reference(text(n, "ref"), text(n, "property"), text(n, "version"));
  }

  private static MicroserviceSpec microservice(JsonNode n) {
    return new MicroserviceSpec(
        text(n, "name"),
        text(n, "objectName"),
        text(n, "id"),
        object(n, "head", SpecBinder::head),
        runtime(n),
        object(n, "public", SpecBinder::publicPath),
        integer(n, "replicas"),
        object(n, "autoscaling", SpecBinder::autoscaling),
        object(n, "resources", SpecBinder::resources),
        text(n, "serviceAccountName"),
        map(n, "env", JsonNode::asText),
        map(n, "secretEnv", s -> map(s, SpecBinder::secretValue)),
        map(n, "configFiles", SpecBinder::configFile),
        map(n, "environments", SpecBinder::override),
        list(n, "eventHorizons", SpecBinder::eventHorizon));
  }

  private static OverrideSpec override(JsonNode n) {
    Optional<PublicSpec> publicPath =
        n.has("public") ? Optional.ofNullable(object(n, "public", SpecBinder::publicPath)) : null;
    return new OverrideSpec(
        object(n, "head", SpecBinder::head),
        runtime(n),
        integer(n, "replicas"),
        object(n, "autoscaling", SpecBinder::autoscaling),
        object(n, "resources", SpecBinder::resources),
        map(n, "env", JsonNode::asText),
        map(n, "configFiles", SpecBinder::configFile),
        publicPath,
        text(n, "agent"));
  }

  private static HeadSpec head(JsonNode n) {
    return new HeadSpec(
        text(n, "image"),
        text(n, "armImage"),
        integer(n, "port"),
        strings(n, "command"),
        strings(n, "args"),
        object(
            n,
            "probes",
            p ->
                new ProbesSpec(
                    object(p, "liveness", SpecBinder::probe),
                    object(p, "readiness", SpecBinder::probe),
                    object(p, "startup", SpecBinder::probe))));
  }

  private static ProbeSpec probe(JsonNode n) {
    return new ProbeSpec(
        text(n, "path"),
        bool(n, "tcp"),
        strings(n, "exec"),
        integer(n, "port"),
        integer(n, "initialDelaySeconds"),
        integer(n, "periodSeconds"),
        integer(n, "timeoutSeconds"),
        integer(n, "failureThreshold"));
  }

  private static AutoscalingSpec autoscaling(JsonNode n) {
    return new AutoscalingSpec(
        integer(n, "minReplicas"),
        integer(n, "maxReplicas"),
        integer(n, "cpu"),
        integer(n, "memory"));
  }

  /**
   * {@code runtime}: absent is null; the string {@code none} (or null) is {@link RuntimeSpec#NONE}.
   */
  private static RuntimeSpec runtime(JsonNode parent) {
    JsonNode n = parent.get("runtime");
    if (n == null) {
      return null;
    }
    return n.isObject()
        ? new RuntimeSpec(
            text(n, "image"),
            bool(n, "nativeSidecar"),
            text(n, "eventStoreCompatibility"),
            object(n, "resources", SpecBinder::resources))
        : RuntimeSpec.NONE;
  }

  private static PublicSpec publicPath(JsonNode n) {
    return new PublicSpec(
        text(n, "path"), text(n, "pathType"), integer(n, "port"), strings(n, "schemes"));
  }

  private static ResourcesSpec resources(JsonNode n) {
    return new ResourcesSpec(
        object(n, "requests", SpecBinder::quantities), object(n, "limits", SpecBinder::quantities));
  }

  private static QuantitiesSpec quantities(JsonNode n) {
    return new QuantitiesSpec(text(n, "cpu"), text(n, "memory"));
  }

  private static ConfigFileSpec configFile(JsonNode n) {
    return new ConfigFileSpec(text(n, "file"), text(n, "content"));
  }

  private static EventHorizonSpec eventHorizon(JsonNode n) {
    return new EventHorizonSpec(
        object(
            n, "producer", p -> new ProducerSpec(text(p, "microservice"), text(p, "application"))),
        text(n, "scope"),
        text(n, "stream"),
        text(n, "partition"));
  }

  // Reading helpers: absent or null → null.

  private static JsonNode present(JsonNode parent, String field) {
    JsonNode n = parent.get(field);
    return n == null || n.isNull() ? null : n;
  }

  private static String text(JsonNode parent, String field) {
    JsonNode n = present(parent, field);
    return n == null ? null : n.asText();
  }

  private static Boolean bool(JsonNode parent, String field) {
    JsonNode n = present(parent, field);
    return n == null ? null : n.asBoolean();
  }

  private static Integer integer(JsonNode parent, String field) {
    JsonNode n = present(parent, field);
    return n == null ? null : n.intValue();
  }

  private static <T> T object(JsonNode parent, String field, Function<JsonNode, T> bind) {
    JsonNode n = present(parent, field);
    return n == null ? null : bind.apply(n);
  }

  private static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> bind) {
    JsonNode n = present(parent, field);
    if (n == null) {
      return null;
    }
    List<T> items = new ArrayList<>();
    n.forEach(item -> items.add(bind.apply(item)));
    return items;
  }

  private static List<String> strings(JsonNode parent, String field) {
    return list(parent, field, JsonNode::asText);
  }

  /** A map in the file's order; null values stay (they remove keys in overrides). */
  private static <V> Map<String, V> map(JsonNode parent, String field, Function<JsonNode, V> bind) {
    JsonNode n = present(parent, field);
    return n == null ? null : map(n, bind);
  }

  private static <V> Map<String, V> map(JsonNode n, Function<JsonNode, V> bind) {
    Map<String, V> map = new LinkedHashMap<>();
    n.fields()
        .forEachRemaining(
            e -> map.put(e.getKey(), e.getValue().isNull() ? null : bind.apply(e.getValue())));
    return map;
  }
}
