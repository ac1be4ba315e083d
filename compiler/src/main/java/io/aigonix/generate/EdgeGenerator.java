package io.aigonix.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.layout.Folder;
import io.aigonix.layout.Layout;
import io.aigonix.model.Environment;
import io.aigonix.model.Microservice;
import io.aigonix.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SPEC §9: the files of an edge environment for {@code iofogctl deploy -f}: {@code
 * application.yaml}, an iofog.org/v3 Application with one microservice per deployment; {@code
 * volumes.yaml}, a Volume per microservice with config files, copying {@code files/<ms>/} to its
 * Agent; and the files themselves. The field names and rules are iofogctl v3.1's and the
 * Controller's (see ../shared/tools/iofog-validate/README.md).
 */
final class EdgeGenerator {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String API_VERSION = "iofog.org/v3";

  /** Where the head reads its config files, as in a Kubernetes environment. */
  private static final String CONFIG_MOUNT = "/app/data";

  /** Read-only for everyone: config files are the team's, not the container's, to change. */
  private static final String PERMISSIONS = "0444";

  List<EdgeFile> generate(EnvContext c, Folder.Edge folder) {
    Environment.Edge edge = c.env().edge().orElseThrow();
    List<EdgeFile> files = new ArrayList<>();
    ArrayNode microservices = JSON.arrayNode();
    List<JsonNode> volumes = new ArrayList<>();
    for (Microservice ms : c.env().microservices()) {
      microservices.add(microservice(c, edge, ms));
      if (!ms.configFiles().isEmpty()) {
        volumes.add(volume(c, ms));
        String name = Names.edgeMicroservice(ms.objectName());
        ms.configFiles()
            .forEach(
                (file, content) ->
                    files.add(
                        new EdgeFile.Raw(folder, Layout.edgeFile(name, file), content.bytes())));
      }
    }
    ObjectNode spec = JSON.objectNode();
    spec.set("microservices", microservices);
    files.add(
        0,
        new EdgeFile.Documents(
            folder,
            Layout.edgeApplication(),
            List.of(
                document(
                    "Application",
                    Names.edgeApplication(c.app().objectName(), c.env().objectName()),
                    spec))));
    if (!volumes.isEmpty()) {
      files.add(1, new EdgeFile.Documents(folder, Layout.edgeVolumes(), volumes));
    }
    return files;
  }

  private static ObjectNode microservice(EnvContext c, Environment.Edge edge, Microservice ms) {
    ObjectNode m = JSON.objectNode();
    m.put("name", Names.edgeMicroservice(ms.objectName()));
    m.putObject("agent").put("name", ms.agent().orElseThrow());
    ObjectNode images = m.putObject("images");
    images.put("x86", ms.head().image());
    ms.head().armImage().ifPresent(arm -> images.put("arm", arm));
    images.set("registry", registry(edge.registry()));
    ObjectNode container = m.putObject("container");
    if (!ms.head().args().isEmpty()) {
      // ioFog keeps the image's entrypoint and hands it these, as Kubernetes args do.
      ms.head().args().forEach(container.putArray("commands")::add);
    }
    if (!ms.env().isEmpty()) {
      ArrayNode env = container.putArray("env");
      for (Map.Entry<String, String> e : ms.env().entrySet()) {
        env.addObject().put("key", e.getKey()).put("value", e.getValue());
      }
    }
    ObjectNode port = container.putArray("ports").addObject();
    port.put("internal", ms.head().port());
    port.put(
        "external",
        ms.publicPath().flatMap(Microservice.PublicPath::port).orElse(ms.head().port()));
    port.put("protocol", "tcp");
    ms.publicPath()
        .ifPresent(
            p -> {
              ObjectNode pub = port.putObject("public");
              p.schemes().forEach(pub.putArray("schemes")::add);
              pub.put("protocol", "http");
            });
    if (!ms.configFiles().isEmpty()) {
      container
          .putArray("volumes")
          .addObject()
          .put(
              "hostDestination",
              Names.edgeVolumeDestination(
                  c.app().objectName(), c.env().objectName(), ms.objectName()))
          .put("containerDestination", CONFIG_MOUNT)
          .put("accessMode", "ro")
          .put("type", "bind");
    }
    return m;
  }

  private static ObjectNode volume(EnvContext c, Microservice ms) {
    ObjectNode spec = JSON.objectNode();
    spec.putArray("agents").add(ms.agent().orElseThrow());
    spec.put("source", Layout.edgeFiles(Names.edgeMicroservice(ms.objectName())));
    spec.put(
        "destination",
        Names.edgeVolumeDestination(c.app().objectName(), c.env().objectName(), ms.objectName()));
    // A string: unquoted, YAML 1.1 would read 0444 as the number 292 (the YAML writer quotes it).
    spec.put("permissions", PERMISSIONS);
    return document(
        "Volume",
        Names.edgeVolume(c.app().objectName(), c.env().objectName(), ms.objectName()),
        spec);
  }

  /** "remote" and "local" by name, a registry id as the number the Controller stores. */
  private static JsonNode registry(String registry) {
    return registry.chars().allMatch(Character::isDigit)
        ? JSON.numberNode(Integer.parseInt(registry))
        : JSON.textNode(registry);
  }

  private static ObjectNode document(String kind, String name, ObjectNode spec) {
    ObjectNode d = JSON.objectNode();
    d.put("apiVersion", API_VERSION);
    d.put("kind", kind);
    d.putObject("metadata").put("name", name);
    d.set("spec", spec);
    return d;
  }
}
