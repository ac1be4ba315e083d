package io.aigonix.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aigonix.layout.Folder;
import io.aigonix.layout.Layout;
import io.aigonix.render.OutputTree;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.SourceLimits;
import io.aigonix.source.StreamResult;
import io.aigonix.source.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the objects of a compiled tree (kustomization.yaml files are layout, not objects, and are
 * skipped) through the one YAML reader, with the limits of cluster dumps; nothing points back into
 * these files, so it builds trees only, which keeps a tree of thousands of files cheap. An edge
 * folder's file of several documents (volumes.yaml, SPEC §9) is read as the list of them, named
 * after the file (elsewhere such a file is a plain file); an edge folder's config files are never
 * parsed (they may be binary, or YAML that is not an object): they compare by their SHA-256.
 */
public final class ManifestReader {
  private final YamlReader yaml = new YamlReader(SourceLimits.DUMPS, YamlReader.Detail.TREE);

  public SortedMap<String, Manifest> read(OutputTree tree) {
    SortedMap<String, Manifest> out = new TreeMap<>();
    for (Map.Entry<String, byte[]> file : tree.files().entrySet()) {
      String path = file.getKey();
      if (Layout.isKustomization(path)) {
        continue;
      }
      out.put(
          path,
          Layout.isEdgeConfigFile(path)
              ? configFile(path, file.getValue())
              : parse(path, file.getValue()));
    }
    return out;
  }

  private static Manifest configFile(String path, byte[] bytes) {
    String file = Layout.locate(path).file();
    String name = file.substring(file.indexOf('/') + 1);
    return new Manifest(
        path,
        "Config file",
        name,
        null,
        null,
        null,
        JsonNodeFactory.instance.textNode(sha256(bytes)));
  }

  private Manifest parse(String path, byte[] bytes) {
    // a file that is not YAML, or not well-formed, is a plain file to the planner
    boolean yamlFile = path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json");
    JsonNode root =
        yamlFile
            ? yaml.parse(Path.of(path), path, bytes).source().map(ParsedSource::root).orElse(null)
            : null;
    String file = path.substring(path.lastIndexOf('/') + 1);
    if (root == null && yamlFile && Layout.folderOf(path).orElse(null) instanceof Folder.Edge) {
      ArrayNode documents = documents(path, bytes);
      if (documents.size() > 1) {
        return new Manifest(
            path,
            documents.get(0).path("kind").asText("Object"),
            file,
            null,
            null,
            null,
            documents);
      }
    }
    if (root == null || !root.isObject()) {
      return new Manifest(path, "File", file, null, null, null, null);
    }
    JsonNode labels = root.at("/metadata/labels");
    return new Manifest(
        path,
        root.path("kind").asText("Object"),
        root.at("/metadata/name").asText(""),
        text(labels, "application"),
        text(labels, "environment"),
        text(labels, "microservice"),
        root);
  }

  /** The documents of a well-formed multi-document stream; none when it has errors. */
  private ArrayNode documents(String path, byte[] bytes) {
    ArrayNode documents = JsonNodeFactory.instance.arrayNode();
    StreamResult stream =
        yaml.parseStream(Path.of(path), path, new String(bytes, StandardCharsets.UTF_8));
    if (!stream.hasErrors()) {
      stream.documents().forEach(d -> documents.add(d.root()));
    }
    return documents;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
