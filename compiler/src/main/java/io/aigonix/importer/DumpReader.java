package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.diag.Severity;
import io.aigonix.source.Location;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.SourceLimits;
import io.aigonix.source.StreamResult;
import io.aigonix.source.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads what {@code kubectl get -o yaml} prints (SPEC §7): a {@code kind: List}, one object, or
 * several documents, from files or folders (recursively, {@code *.yaml|*.yml|*.json}, sorted by
 * path so the order of files never changes the result). Every read goes through source/'s one YAML
 * parser with the dump limits.
 */
final class DumpReader {
  /** The objects read and the problems found. */
  record Read(List<DumpObject> objects, List<Diagnostic> diagnostics) {}

  private final YamlReader reader;

  /**
   * {@code TREE} reads without locations, twice as fast on a dump of tens of MiB; a read that finds
   * a problem is repeated with {@code SPANS} so that its diagnostics point at line and column.
   */
  DumpReader(YamlReader.Detail detail) {
    this.reader = new YamlReader(SourceLimits.DUMPS, detail);
  }

  Read read(Path base, List<String> inputs) throws IOException {
    List<DumpObject> objects = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String input : inputs) {
      Path path = base.resolve(input).toAbsolutePath().normalize();
      if (!Files.exists(path)) {
        throw new java.nio.file.NoSuchFileException(input);
      }
      for (Path file : files(path)) {
        String display =
            Files.isDirectory(path)
                ? input + "/" + path.relativize(file).toString().replace('\\', '/')
                : input;
        StreamResult stream = reader.readStream(file, display);
        diagnostics.addAll(stream.diagnostics());
        for (ParsedSource document : stream.documents()) {
          collect(document, document.root(), "", display, objects, diagnostics);
        }
      }
    }
    return new Read(objects, diagnostics);
  }

  private static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.(yaml|yml|json)"))
          .sorted()
          .toList();
    }
  }

  /** Adds the object at {@code pointer}, or the items of a List (which may hold Lists again). */
  private static void collect(
      ParsedSource document,
      JsonNode node,
      String pointer,
      String file,
      List<DumpObject> objects,
      List<Diagnostic> diagnostics) {
    Location at = document.locations().value(pointer);
    if (!node.isObject() || node.path("kind").asText("").isEmpty()) {
      diagnostics.add(
          error(
              Code.YAML_SYNTAX,
              file,
              at,
              "not a Kubernetes object (no kind): the dump may be truncated"));
      return;
    }
    if (node.path("kind").asText().endsWith("List") && node.has("items")) {
      JsonNode items = node.get("items");
      for (int i = 0; i < items.size(); i++) {
        collect(document, items.get(i), pointer + "/items/" + i, file, objects, diagnostics);
      }
      return;
    }
    if (node.path("metadata").path("name").asText("").isEmpty()) {
      diagnostics.add(
          error(
              Code.YAML_SYNTAX,
              file,
              at,
              node.path("kind").asText() + " without metadata.name: the dump may be truncated"));
      return;
    }
    objects.add(new DumpObject(file, at, node));
  }

  /**
   * Import reuses the codes whose meaning fits (see the README): no import-only code exists yet.
   */
  static Diagnostic error(Code code, String file, Location at, String message) {
    return new Diagnostic(
        code,
        Severity.ERROR,
        message,
        file,
        at.line(),
        at.column(),
        "",
        "import reads `kubectl get ... -o yaml` output of the application namespaces");
  }
}
