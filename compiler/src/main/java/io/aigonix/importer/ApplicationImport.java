package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.model.Defaults;
import io.aigonix.model.Names;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One application namespace → one entry of {@code applications} (SPEC §7): environments and tenants
 * from {@code <env>-tenants}, hosts from the Ingresses' {@code Tenant-ID} snippets, mongo from
 * {@code <env>-mongo}, {@code acr} → registry, and the microservices from the Deployments with
 * {@code dolittle.io/microservice-id}.
 */
final class ApplicationImport {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern TENANT_ID = Pattern.compile("Tenant-ID\\s+\"?([0-9a-fA-F-]{36})");

  /**
   * A microservice of this application, all its environments, for event horizons across
   * applications.
   */
  record Ms(
      Platform.App app,
      String id,
      String name,
      Map<String, DeployedMicroservice> perEnv,
      ObjectNode node) {}

  final Platform.App app;
  final ObjectNode node = F.objectNode();
  final List<Ms> microservices = new ArrayList<>();
  private final ImportContext ctx;
  private Map<String, JsonNode> backends;

  /** Each environment's object name: the prefix of its {@code <env>-tenants} ConfigMap. */
  private final Map<String, String> prefixes = new LinkedHashMap<>();

  ApplicationImport(Platform.App app, ImportContext ctx) {
    this.app = app;
    this.ctx = ctx;
  }

  ApplicationImport build() {
    node.put("name", app.name());
    node.put("id", app.id());
    registry();
    Map<String, Boolean> production = environments();
    Map<String, List<DumpObject>> byId = new TreeMap<>();
    for (DumpObject d : app.all("Deployment")) {
      String id = d.annotation("dolittle.io/microservice-id");
      if (id.isEmpty()) {
        continue;
      }
      boolean welcome =
          d.name().endsWith("-welcome")
              || d.node()
                  .path("spec")
                  .path("template")
                  .path("spec")
                  .path("containers")
                  .path(0)
                  .path("image")
                  .asText()
                  .startsWith("nginxdemos/hello");
      if (welcome && !ctx.includeWelcome) {
        ctx.notCarried.add(
            d.describe() + ": the platform's Welcome microservice (use --include-welcome)");
        continue;
      }
      byId.computeIfAbsent(id, k -> new ArrayList<>()).add(d);
    }
    ArrayNode list = node.putArray("microservices");
    for (List<DumpObject> deployments : byId.values()) {
      Map<String, DeployedMicroservice> perEnv = new LinkedHashMap<>();
      for (String env : production.keySet()) {
        for (DumpObject d : deployments) {
          if (d.label("environment").equals(env)) {
            DeployedMicroservice m =
                DeployedMicroservice.read(app, d, env, prefixes.get(env), production.get(env));
            publicPath(d, m.settings());
            ctx.drift.addAll(m.drift());
            perEnv.put(env, m);
          }
        }
      }
      if (!perEnv.isEmpty()) {
        DeployedMicroservice first = perEnv.values().iterator().next();
        ObjectNode ms = list.addObject();
        microservices.add(new Ms(app, first.id(), first.name(), perEnv, ms));
        new MicroserviceImport(app, first, perEnv, production.keySet(), ctx).into(ms);
      }
    }
    for (String env : production.keySet()) {
      boolean runtime =
          microservices.stream()
              .map(m -> m.perEnv().get(env))
              .anyMatch(m -> m != null && !m.settings().path("runtime").asText().equals("none"));
      String mongo = Names.mongo(prefixes.get(env));
      if (!runtime && app.get("StatefulSet", mongo).isPresent()) {
        ctx.notCarried.add(
            "StatefulSet "
                + app.namespace()
                + "/"
                + mongo
                + ": no microservice of "
                + env
                + " has a runtime, so compile makes no Mongo there (SPEC §2.1); its volume is left in the cluster");
      }
    }
    return this;
  }

  /**
   * {@code <env>-tenants} ConfigMaps, in name order; their Ingresses give hosts and ingress
   * settings.
   */
  private Map<String, Boolean> environments() {
    Map<String, Boolean> production = new LinkedHashMap<>();
    ArrayNode envs = node.putArray("environments");
    for (DumpObject cm : app.all("ConfigMap")) {
      if (!cm.name().endsWith("-tenants") || !cm.data().has("tenants.json")) {
        continue;
      }
      String prefix = cm.name().substring(0, cm.name().length() - "-tenants".length());
      String name = cm.label("environment").isEmpty() ? prefix : cm.label("environment");
      ObjectNode env = envs.addObject();
      env.put("name", name);
      if (!prefix.equals(Names.object(name))) {
        env.put("objectName", prefix);
      }
      prefixes.put(name, prefix);
      production.put(name, Defaults.production(null, name));
      Map<String, TreeMap<String, String>> hosts = new TreeMap<>();
      JsonNode tenants = JsonText.orEmpty(cm.data().path("tenants.json").asText("{}"));
      tenants.fieldNames().forEachRemaining(t -> hosts.put(t, new TreeMap<>()));
      TreeSet<String> classes = new TreeSet<>();
      TreeSet<String> issuers = new TreeSet<>();
      for (DumpObject ing : app.all("Ingress")) {
        if (!ing.label("environment").equals(name)) {
          continue;
        }
        Matcher m =
            TENANT_ID.matcher(ing.annotation("nginx.ingress.kubernetes.io/configuration-snippet"));
        if (!m.find()) {
          ctx.unmanaged.add(ing.describe() + ": no Tenant-ID in its configuration snippet");
          continue;
        }
        TreeMap<String, String> tenantHosts =
            hosts.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), k -> new TreeMap<>());
        JsonNode spec = ing.node().path("spec");
        for (JsonNode rule : spec.path("rules")) {
          tenantHosts.putIfAbsent(rule.path("host").asText(), "");
        }
        for (JsonNode tls : spec.path("tls")) {
          for (JsonNode host : tls.path("hosts")) {
            tenantHosts.put(host.asText(), tls.path("secretName").asText(""));
          }
        }
        if (spec.has("ingressClassName")) {
          classes.add(spec.path("ingressClassName").asText());
        }
        String issuer = ing.annotation("cert-manager.io/cluster-issuer");
        if (!issuer.isEmpty()) {
          issuers.add(issuer);
        }
      }
      ArrayNode tenantList = env.putArray("tenants");
      hosts.forEach(
          (tenant, hs) -> {
            ObjectNode t = tenantList.addObject();
            t.put("id", tenant);
            if (!hs.isEmpty()) {
              ArrayNode a = t.putArray("hosts");
              hs.forEach(
                  (host, secret) -> {
                    ObjectNode h = a.addObject().put("host", host);
                    if (!secret.isEmpty()) {
                      h.put("secretName", secret);
                    }
                  });
            }
          });
      ObjectNode ingress = F.objectNode();
      if (!classes.isEmpty() && !classes.first().equals("nginx")) {
        ingress.put("className", classes.first());
      }
      if (!issuers.isEmpty() && !issuers.first().equals("letsencrypt-production")) {
        ingress.put("clusterIssuer", issuers.first());
      }
      if (!ingress.isEmpty()) {
        env.set("ingress", ingress);
      }
      app.get("StatefulSet", prefix + "-mongo").ifPresent(sts -> mongo(sts, env));
    }
    return production;
  }

  private static void mongo(DumpObject sts, ObjectNode env) {
    ObjectNode mongo = F.objectNode();
    String image =
        sts.node()
            .path("spec")
            .path("template")
            .path("spec")
            .path("containers")
            .path(0)
            .path("image")
            .asText("");
    if (!image.isEmpty() && !image.equals("dolittle/mongodb:4.2.2")) {
      mongo.put("image", image);
    }
    JsonNode claim = sts.node().path("spec").path("volumeClaimTemplates").path(0).path("spec");
    String storage = claim.path("resources").path("requests").path("storage").asText("");
    if (!storage.isEmpty() && !Quantities.sameMemory(storage, "8Gi")) {
      mongo.put("storage", storage);
    }
    if (claim.has("storageClassName")) {
      mongo.put("storageClass", claim.path("storageClassName").asText());
    }
    if (!mongo.isEmpty()) {
      env.set("mongo", mongo);
    }
  }

  /**
   * The Ingresses whose backend is this Deployment's Service give its public path (indexed once:
   * O(n)).
   */
  private void publicPath(DumpObject deployment, ObjectNode settings) {
    if (backends == null) {
      backends = new java.util.HashMap<>();
      for (DumpObject ing : app.all("Ingress")) {
        for (JsonNode rule : ing.node().path("spec").path("rules")) {
          for (JsonNode path : rule.path("http").path("paths")) {
            backends.putIfAbsent(path.path("backend").path("service").path("name").asText(), path);
          }
        }
      }
    }
    JsonNode path = backends.get(deployment.name());
    if (path != null) {
      ObjectNode p = F.objectNode().put("path", path.path("path").asText("/"));
      String type = path.path("pathType").asText("Prefix");
      if (!type.equals("Prefix")) {
        p.put("pathType", type);
      }
      settings.set("public", p);
    }
  }

  /** Secret {@code acr} (or its SealedSecret) → {@code registry}. */
  private void registry() {
    String ns = app.namespace();
    var sealed = app.get("SealedSecret", "acr");
    var secret = app.get("Secret", "acr");
    if (secret.isEmpty() && sealed.isEmpty()) {
      return;
    }
    String value;
    String server = "";
    if (secret.isPresent()) {
      byte[] config =
          java.util.Base64.getMimeDecoder()
              .decode(secret.get().data().path(".dockerconfigjson").asText(""));
      JsonNode auths = JsonText.orEmpty(new String(config, StandardCharsets.UTF_8)).path("auths");
      TreeSet<String> servers = new TreeSet<>();
      auths.fieldNames().forEachRemaining(servers::add);
      server = servers.isEmpty() ? "" : servers.first();
      value =
          ctx.secrets.value(
              config,
              ns,
              "acr",
              "aigonix seal -f aigonix.yaml --app '" + app.name() + "' --registry --write");
      Arrays.fill(config, (byte) 0);
    } else {
      value =
          sealed.get().node().path("spec").path("encryptedData").path(".dockerconfigjson").asText();
      server = sealed.get().annotation("aigonix.io/registry-server");
    }
    ObjectNode registry = node.putObject("registry");
    registry.put("server", server);
    registry.put("sealedDockerConfigJson", value);
  }
}
