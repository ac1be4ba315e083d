package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A verify difference in aigonix.yaml's words (SPEC §7): whose it is (microservice, environment,
 * application, from the object's labels) and which field of aigonix.yaml it is ("head image", "env
 * LOG_LEVEL", "config file appsettings.json"). A path with no aigonix.yaml field is named as the
 * object's field, with a note that aigonix.yaml cannot express it.
 */
final class Wording {
  private static final String CONTAINERS = "spec.template.spec.containers";
  private static final String NOT_EXPRESSIBLE = " (not expressible in aigonix.yaml)";

  private Wording() {}

  static String subject(JsonNode object) {
    JsonNode labels = object.path("metadata").path("labels");
    String ms = labels.path("microservice").asText("").replace('_', ' ');
    String env = labels.path("environment").asText("");
    String app = labels.path("application").asText("").replace('_', ' ');
    if (!ms.isEmpty()) {
      return "microservice " + ms + (env.isEmpty() ? "" : ", environment " + env);
    }
    if (!env.isEmpty()) {
      return "environment " + env + (app.isEmpty() ? "" : " of application " + app);
    }
    return app.isEmpty() ? "application namespace" : "application " + app;
  }

  static String field(String kind, String name, Differ.Difference d) {
    List<String> p = d.path();
    String path = d.joined();
    if (p.size() >= 3 && p.get(0).equals("metadata") && p.get(1).equals("labels")) {
      return "label " + p.get(2) + " of " + kind + " " + name;
    }
    if (p.size() >= 3 && p.get(0).equals("metadata") && p.get(1).equals("annotations")) {
      return "annotation " + p.get(2) + " of " + kind + " " + name + NOT_EXPRESSIBLE;
    }
    switch (kind) {
      case "Deployment":
        return deployment(p, path);
      case "ConfigMap":
        return configMap(name, p, path);
      case "StatefulSet":
        return path.startsWith("spec.template.spec.containers[mongo].image")
            ? "mongo image"
            : path.contains("storage") ? "mongo storage" : "mongo StatefulSet " + path;
      case "Ingress":
        return path.contains("host") || path.startsWith("spec.tls")
            ? "tenant hosts (Ingress " + name + ")"
            : path.contains("path")
                ? "public path (Ingress " + name + ")"
                : "Ingress " + name + " " + path;
      case "Service":
        return path.startsWith("spec.ports[")
            ? "Service port " + p.get(1).replaceAll("^\\[|\\]$", "") + " (head port, runtime)"
            : field(path);
      default:
        return kind + " " + name + " " + path;
    }
  }

  private static String deployment(List<String> p, String path) {
    if (path.equals("spec.replicas")) {
      return "replicas";
    }
    if (path.startsWith("spec.selector")) {
      return "label selector" + NOT_EXPRESSIBLE;
    }
    if (path.startsWith("spec.template.metadata.labels")) {
      return "pod label " + p.get(p.size() - 1);
    }
    if (path.startsWith("spec.template.metadata.annotations")) {
      return "pod annotation " + p.get(4);
    }
    if (path.startsWith("spec.template.spec.imagePullSecrets")) {
      return "registry (image pull secret)";
    }
    if (path.startsWith(CONTAINERS + "[") && p.size() >= 5) {
      String container = p.get(4).replaceAll("^\\[|\\]$", "");
      String rest = p.size() > 5 ? p.get(5) : "";
      if (!container.equals("head") && !container.equals("runtime")) {
        return "container " + container + NOT_EXPRESSIBLE;
      }
      switch (rest) {
        case "image":
          return container + " image";
        case "command":
        case "args":
          return container + " " + rest + (container.equals("head") ? "" : NOT_EXPRESSIBLE);
        case "ports":
          return container + " port";
        case "resources":
          return "resources (" + container + ")";
        case "env":
          return container + " env set on the container";
        case "volumeMounts":
          return container + " volume mount " + (p.size() > 6 ? p.get(6) : "");
        case "":
          return "container " + container;
        default:
          return container + " " + rest + NOT_EXPRESSIBLE;
      }
    }
    return field(path);
  }

  private static String configMap(String name, List<String> p, String path) {
    String key = p.size() >= 2 ? p.get(1) : "";
    boolean data = path.startsWith("data") || path.startsWith("binaryData");
    if (name.endsWith("-env-variables") && data) {
      return "env " + key;
    }
    if (name.endsWith("-config-files") && data) {
      return "config file " + key;
    }
    if (name.endsWith("-dolittle") && data) {
      return "runtime configuration " + key;
    }
    if (name.endsWith("-tenants") && data) {
      return "tenants";
    }
    return "ConfigMap " + name + " " + path;
  }

  private static String field(String path) {
    return path + NOT_EXPRESSIBLE;
  }
}
