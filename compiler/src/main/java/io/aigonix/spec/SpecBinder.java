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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a schema-valid tree to {@link AigonixSpec}, field by field. Written out rather than left to
 * Jackson databind: it is the same size as the annotations it replaces, it says plainly how an
 * absent value differs from an explicit null (overrides need that), and it keeps databind's
 * reflection out of the start-up of every pre-commit run. Absent values are null; maps keep the
 * file's order. Each part has its own method taking the parent and the field, rather than one
 * generic helper taking a lambda per part: every lambda is linked on every start, and a pre-commit
 * run binds once.
 */
public final class SpecBinder {

  public AigonixSpec bind(JsonNode root) {
    return new AigonixSpec(
        text(root, "$schema"),
        text(root, "apiVersion"),
        customer(present(root, "customer")),
        sealing(present(root, "sealing")),
        gitops(present(root, "gitops")),
        applications(present(root, "applications")),
        lint(present(root, "lint")));
  }

  // Each binder takes the node of its part, or null when the part is absent (or null): then null.

  private static CustomerSpec customer(JsonNode n) {
    return n == null
        ? null
        : new CustomerSpec(text(n, "name"), text(n, "id"), text(n, "securityProfile"));
  }

  private static SealingSpec sealing(JsonNode n) {
    return n == null ? null : new SealingSpec(text(n, "certificate"));
  }

  private static LintSpec lint(JsonNode n) {
    return n == null ? null : new LintSpec(strings(present(n, "ignore")));
  }

  private static GitopsSpec gitops(JsonNode n) {
    if (n == null) {
      return null;
    }
    return new GitopsSpec(
        text(n, "path"), flux(present(n, "flux")), argocd(present(n, "argocd")), clusters(n));
  }

  private static FluxSpec flux(JsonNode f) {
    return f == null
        ? null
        : new FluxSpec(bool(f, "enabled"), text(f, "interval"), sourceRef(present(f, "sourceRef")));
  }

  private static SourceRefSpec sourceRef(JsonNode s) {
    return s == null
        ? null
        : new SourceRefSpec(text(s, "kind"), text(s, "name"), text(s, "namespace"));
  }

  private static ArgoCdSpec argocd(JsonNode a) {
    return a == null
        ? null
        : new ArgoCdSpec(
            bool(a, "enabled"),
            text(a, "project"),
            text(a, "repoURL"),
            text(a, "targetRevision"),
            text(a, "namespace"),
            text(a, "destinationServer"));
  }

  private static Map<String, ClusterSpec> clusters(JsonNode gitops) {
    JsonNode n = present(gitops, "clusters");
    if (n == null) {
      return null;
    }
    Map<String, ClusterSpec> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      map.put(e.getKey(), cluster(orNull(e.getValue())));
    }
    return map;
  }

  private static ClusterSpec cluster(JsonNode c) {
    if (c == null) {
      return null;
    }
    JsonNode a = present(c, "argocd");
    return new ClusterSpec(
        text(c, "sync"), a == null ? null : new ClusterArgoCdSpec(text(a, "server")));
  }

  private static List<ApplicationSpec> applications(JsonNode n) {
    if (n == null) {
      return null;
    }
    List<ApplicationSpec> items = new ArrayList<>();
    for (JsonNode item : n) {
      items.add(application(item));
    }
    return items;
  }

  private static ApplicationSpec application(JsonNode n) {
    return new ApplicationSpec(
        text(n, "name"),
        text(n, "objectName"),
        text(n, "id"),
        registry(present(n, "registry")),
        text(n, "securityProfile"),
        environments(present(n, "environments")),
        microservices(present(n, "microservices")),
        secretStore(present(n, "secretStore")));
  }

  private static RegistrySpec registry(JsonNode r) {
    return r == null
        ? null
        : new RegistrySpec(
            text(r, "server"),
            text(r, "sealedDockerConfigJson"),
            reference(present(r, "dockerConfigJson")));
  }

  private static List<EnvironmentSpec> environments(JsonNode n) {
    if (n == null) {
      return null;
    }
    List<EnvironmentSpec> items = new ArrayList<>();
    for (JsonNode item : n) {
      items.add(environment(item));
    }
    return items;
  }

  private static EnvironmentSpec environment(JsonNode n) {
    JsonNode ingress = present(n, "ingress");
    JsonNode mongo = present(n, "mongo");
    JsonNode edge = present(n, "edge");
    return new EnvironmentSpec(
        text(n, "name"),
        text(n, "objectName"),
        bool(n, "production"),
        text(n, "sealingCertificate"),
        tenants(present(n, "tenants")),
        ingress == null
            ? null
            : new IngressSpec(text(ingress, "className"), text(ingress, "clusterIssuer")),
        mongo == null
            ? null
            : new MongoSpec(
                text(mongo, "image"), text(mongo, "storage"), text(mongo, "storageClass")),
        text(n, "securityProfile"),
        text(n, "cluster"),
        secretStore(present(n, "secretStore")),
        edge == null
            ? null
            : new EdgeSpec(strings(present(edge, "agents")), text(edge, "registry")));
  }

  private static List<TenantSpec> tenants(JsonNode n) {
    if (n == null) {
      return null;
    }
    List<TenantSpec> items = new ArrayList<>();
    for (JsonNode t : n) {
      items.add(new TenantSpec(text(t, "id"), hosts(present(t, "hosts"))));
    }
    return items;
  }

  private static List<HostSpec> hosts(JsonNode n) {
    if (n == null) {
      return null;
    }
    List<HostSpec> items = new ArrayList<>();
    for (JsonNode h : n) {
      items.add(new HostSpec(text(h, "host"), text(h, "secretName")));
    }
    return items;
  }

  private static SecretStoreSpec secretStore(JsonNode n) {
    return n == null
        ? null
        : new SecretStoreSpec(
            text(n, "name"),
            text(n, "kind"),
            text(n, "refreshInterval"),
            text(n, "keyPrefix"),
            bool(n, "rolloutOnRotation"));
  }

  /** A secretEnv value: a string is a ciphertext, an object a store reference. */
  private static SecretValueSpec secretValue(JsonNode n) {
    if (n == null) {
      return null;
    }
    return n.isObject() ? reference(n) : new SecretValueSpec.Sealed(n.asText());
  }

  private static SecretValueSpec.Reference reference(JsonNode n) {
    return n == null
        ? null
        : new SecretValueSpec.Reference(text(n, "ref"), text(n, "property"), text(n, "version"));
  }

  private static List<MicroserviceSpec> microservices(JsonNode n) {
    if (n == null) {
      return null;
    }
    List<MicroserviceSpec> items = new ArrayList<>();
    for (JsonNode item : n) {
      items.add(microservice(item));
    }
    return items;
  }

  private static MicroserviceSpec microservice(JsonNode n) {
    return new MicroserviceSpec(
        text(n, "name"),
        text(n, "objectName"),
        text(n, "id"),
        head(present(n, "head")),
        runtime(n),
        publicPath(present(n, "public")),
        integer(n, "replicas"),
        autoscaling(present(n, "autoscaling")),
        resources(present(n, "resources")),
        text(n, "serviceAccountName"),
        texts(present(n, "env")),
        secretEnv(present(n, "secretEnv")),
        configFiles(present(n, "configFiles")),
        overrides(present(n, "environments")),
        eventHorizons(present(n, "eventHorizons")));
  }

  /** secretEnv: key to environment to value. */
  private static Map<String, Map<String, SecretValueSpec>> secretEnv(JsonNode n) {
    if (n == null) {
      return null;
    }
    Map<String, Map<String, SecretValueSpec>> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> key = it.next();
      JsonNode perEnvironment = orNull(key.getValue());
      Map<String, SecretValueSpec> values = null;
      if (perEnvironment != null) {
        values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> e = perEnvironment.fields(); e.hasNext(); ) {
          Map.Entry<String, JsonNode> env = e.next();
          values.put(env.getKey(), secretValue(orNull(env.getValue())));
        }
      }
      map.put(key.getKey(), values);
    }
    return map;
  }

  private static Map<String, ConfigFileSpec> configFiles(JsonNode n) {
    if (n == null) {
      return null;
    }
    Map<String, ConfigFileSpec> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode file = orNull(e.getValue());
      map.put(
          e.getKey(),
          file == null ? null : new ConfigFileSpec(text(file, "file"), text(file, "content")));
    }
    return map;
  }

  private static Map<String, OverrideSpec> overrides(JsonNode n) {
    if (n == null) {
      return null;
    }
    Map<String, OverrideSpec> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode override = orNull(e.getValue());
      map.put(e.getKey(), override == null ? null : override(override));
    }
    return map;
  }

  private static OverrideSpec override(JsonNode n) {
    Optional<PublicSpec> publicPath =
        n.has("public") ? Optional.ofNullable(publicPath(present(n, "public"))) : null;
    return new OverrideSpec(
        head(present(n, "head")),
        runtime(n),
        integer(n, "replicas"),
        autoscaling(present(n, "autoscaling")),
        resources(present(n, "resources")),
        texts(present(n, "env")),
        configFiles(present(n, "configFiles")),
        publicPath,
        text(n, "agent"));
  }

  private static HeadSpec head(JsonNode n) {
    if (n == null) {
      return null;
    }
    JsonNode p = present(n, "probes");
    return new HeadSpec(
        text(n, "image"),
        text(n, "armImage"),
        integer(n, "port"),
        strings(present(n, "command")),
        strings(present(n, "args")),
        p == null
            ? null
            : new ProbesSpec(
                probe(present(p, "liveness")),
                probe(present(p, "readiness")),
                probe(present(p, "startup"))));
  }

  private static ProbeSpec probe(JsonNode n) {
    return n == null
        ? null
        : new ProbeSpec(
            text(n, "path"),
            bool(n, "tcp"),
            strings(present(n, "exec")),
            integer(n, "port"),
            integer(n, "initialDelaySeconds"),
            integer(n, "periodSeconds"),
            integer(n, "timeoutSeconds"),
            integer(n, "failureThreshold"));
  }

  private static AutoscalingSpec autoscaling(JsonNode n) {
    return n == null
        ? null
        : new AutoscalingSpec(
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
            resources(present(n, "resources")))
        : RuntimeSpec.NONE;
  }

  private static PublicSpec publicPath(JsonNode n) {
    return n == null
        ? null
        : new PublicSpec(
            text(n, "path"),
            text(n, "pathType"),
            integer(n, "port"),
            strings(present(n, "schemes")));
  }

  private static ResourcesSpec resources(JsonNode n) {
    return n == null
        ? null
        : new ResourcesSpec(quantities(present(n, "requests")), quantities(present(n, "limits")));
  }

  private static QuantitiesSpec quantities(JsonNode n) {
    return n == null ? null : new QuantitiesSpec(text(n, "cpu"), text(n, "memory"));
  }

  private static List<EventHorizonSpec> eventHorizons(JsonNode n) {
    if (n == null) {
      return null;
    }
    List<EventHorizonSpec> items = new ArrayList<>();
    for (JsonNode item : n) {
      JsonNode p = present(item, "producer");
      items.add(
          new EventHorizonSpec(
              p == null ? null : new ProducerSpec(text(p, "microservice"), text(p, "application")),
              text(item, "scope"),
              text(item, "stream"),
              text(item, "partition")));
    }
    return items;
  }

  // Reading helpers: absent or null → null.

  private static JsonNode present(JsonNode parent, String field) {
    return orNull(parent.get(field));
  }

  private static JsonNode orNull(JsonNode n) {
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

  private static List<String> strings(JsonNode n) {
    if (n == null) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : n) {
      items.add(item.asText());
    }
    return items;
  }

  /** A map of strings in the file's order; null values stay (they remove keys in overrides). */
  private static Map<String, String> texts(JsonNode n) {
    if (n == null) {
      return null;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      map.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
    }
    return map;
  }
}
