package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One microservice as one environment runs it, read from its Deployment and the objects named after
 * it (reference §1a): the settings aigonix.yaml can hold for one environment, its config files'
 * bytes, and its secret values' bytes (held only until sealed). Only live fields are read.
 */
record DeployedMicroservice(
    String env,
    String envObjectName,
    String name,
    String id,
    String objectName,
    ObjectNode settings,
    Map<String, byte[]> configFiles,
    Map<String, byte[]> secrets,
    Map<String, String> sealedSecrets,
    JsonNode eventHorizons,
    List<String> drift) {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  static DeployedMicroservice read(
      Platform.App app,
      DumpObject deployment,
      String env,
      String envObjectName,
      boolean production) {
    String base = deployment.name();
    List<String> drift = new ArrayList<>();
    JsonNode pod = deployment.node().path("spec").path("template").path("spec");
    JsonNode head = container(pod, "head");
    JsonNode runtime = container(pod, "runtime");
    ObjectNode settings = F.objectNode();
    ObjectNode h = settings.putObject("head");
    h.put("image", head.path("image").asText());
    for (JsonNode port : head.path("ports")) {
      if (port.path("name").asText().equals("http") && port.path("containerPort").asInt() != 80) {
        h.put("port", port.path("containerPort").asInt());
      }
    }
    if (head.path("command").size() > 0) {
      h.set("command", head.get("command"));
    }
    if (head.path("args").size() > 0) {
      h.set("args", head.get("args"));
    }
    if (runtime.isMissingNode()) {
      settings.put("runtime", "none");
    } else {
      settings.putObject("runtime").put("image", runtime.path("image").asText());
    }
    int replicas = deployment.node().path("spec").path("replicas").asInt(1);
    if (replicas != 1) {
      settings.put("replicas", replicas);
    }
    JsonNode resources = Resources.unlessDefault(head.path("resources"), production);
    if (resources != null) {
      settings.set("resources", resources);
    }
    ObjectNode envVars = settings.putObject("env");
    app.get("ConfigMap", base + "-env-variables").ifPresent(cm -> textEntries(cm.data(), envVars));
    for (JsonNode variable : head.path("env")) {
      if (variable.has("value")) {
        envVars.put(variable.path("name").asText(), variable.path("value").asText());
        drift.add(
            deployment.describe()
                + ": env "
                + variable.path("name").asText()
                + " is set directly on container head; folded into environment "
                + env
                + "'s env");
      } else {
        drift.add(
            deployment.describe()
                + ": env "
                + variable.path("name").asText()
                + " on container head comes from a reference (valueFrom); not carried over");
      }
    }
    Map<String, byte[]> files = new TreeMap<>();
    app.get("ConfigMap", base + "-config-files")
        .ifPresent(
            cm -> {
              cm.data()
                  .fields()
                  .forEachRemaining(
                      e ->
                          files.put(
                              e.getKey(), e.getValue().asText().getBytes(StandardCharsets.UTF_8)));
              cm.node()
                  .path("binaryData")
                  .fields()
                  .forEachRemaining(
                      e ->
                          files.put(
                              e.getKey(), Base64.getMimeDecoder().decode(e.getValue().asText())));
            });
    Map<String, byte[]> secrets = new TreeMap<>();
    Map<String, String> sealed = new TreeMap<>();
    app.get("Secret", base + "-secret-env-variables")
        .ifPresent(
            s -> {
              s.data()
                  .fields()
                  .forEachRemaining(
                      e ->
                          secrets.put(
                              e.getKey(), Base64.getMimeDecoder().decode(e.getValue().asText())));
              s.node()
                  .path("stringData")
                  .fields()
                  .forEachRemaining(
                      e ->
                          secrets.put(
                              e.getKey(), e.getValue().asText().getBytes(StandardCharsets.UTF_8)));
            });
    app.get("SealedSecret", base + "-secret-env-variables")
        .ifPresent(
            s ->
                s.node()
                    .path("spec")
                    .path("encryptedData")
                    .fields()
                    .forEachRemaining(e -> sealed.put(e.getKey(), e.getValue().asText())));
    JsonNode platform = F.objectNode();
    JsonNode horizons = F.objectNode();
    var dolittle = app.get("ConfigMap", base + "-dolittle");
    if (dolittle.isPresent()) {
      platform = JsonText.orEmpty(dolittle.get().data().path("platform.json").asText("{}"));
      horizons = JsonText.orEmpty(dolittle.get().data().path("event-horizons.json").asText("{}"));
    }
    String label = deployment.label("microservice").replace('_', ' ');
    String name = platform.path("microserviceName").asText(label);
    String id = deployment.annotation("dolittle.io/microservice-id");
    // The platform lower-cased the label into the object names (PurchaseOrderAPI →
    // dev-purchase-order-api): what follows the environment's prefix is the microservice's.
    String prefix = envObjectName + "-";
    String objectName = base.startsWith(prefix) ? base.substring(prefix.length()) : base;
    return new DeployedMicroservice(
        env,
        envObjectName,
        name,
        id,
        objectName,
        settings,
        files,
        secrets,
        sealed,
        horizons,
        drift);
  }

  private static JsonNode container(JsonNode pod, String name) {
    for (JsonNode c : pod.path("containers")) {
      if (c.path("name").asText().equals(name)) {
        return c;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  /** Env values stay strings, whatever they look like. */
  private static void textEntries(JsonNode data, ObjectNode into) {
    Iterator<Map.Entry<String, JsonNode>> it = data.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      into.put(e.getKey(), e.getValue().asText());
    }
  }
}
