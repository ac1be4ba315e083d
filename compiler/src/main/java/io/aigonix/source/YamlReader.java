package io.aigonix.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.diag.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The one YAML reader: aigonix.yaml, the text seal edits, compiled manifests read back and cluster
 * dumps all go through it. jackson-dataformat-yaml turns aliases into plain strings and forgets
 * where nodes are, so this reads the event stream of SnakeYAML (the parser jackson-dataformat-yaml
 * is built on) and builds the Jackson tree itself, recording where every node is written, rejecting
 * duplicate keys and enforcing {@link SourceLimits}.
 */
public final class YamlReader {
  /** The longest line read: 1 MiB, the most a ConfigMap or Secret holds. */
  static final int MAX_LINE = 1024 * 1024;

  /**
   * Chunks a big dump's List is parsed in (without locations only): a few per core, so a slow chunk
   * does not leave a core idle; one core parses the whole text. {@code -Daigonix.parseChunks=1}
   * turns the split off, for benchmarks (bench/jmh DumpReadBenchmark).
   */
  private static final int CHUNKS =
      Runtime.getRuntime().availableProcessors() < 2
          ? 1
          : Integer.getInteger(
              "aigonix.parseChunks", 4 * Runtime.getRuntime().availableProcessors());

  /** What a read records besides the tree. */
  public enum Detail {
    /**
     * The tree only, for files nothing points back into (compiled manifests): locations stay empty.
     */
    TREE,
    /**
     * The {@link Span} of every node: line and column for diagnostics, offsets and style for
     * editing.
     */
    SPANS
  }

  private final SourceLimits limits;
  private final Detail detail;
  private final ScalarResolver scalars = new ScalarResolver();

  public YamlReader(SourceLimits limits, Detail detail) {
    this.limits = limits;
    this.detail = detail;
  }

  public YamlReader(SourceLimits limits) {
    this(limits, Detail.SPANS);
  }

  /** A reader for aigonix.yaml: {@link SourceLimits#DEFAULT}, every span recorded. */
  public YamlReader() {
    this(SourceLimits.DEFAULT);
  }

  /**
   * Reads {@code file}; I/O failures (missing file, permissions) are thrown, bad content is
   * diagnosed.
   */
  public LoadResult read(Path file, String displayName) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    Input input =
        input(
            absolute,
            displayName,
            "split the file or move large config file contents into files referenced by configFiles");
    return input.refused() != null
        ? new LoadResult(Optional.empty(), List.of(input.refused()))
        : parse(absolute, displayName, input.text());
  }

  /** Parses text that came from {@code file}: exactly one document. */
  public LoadResult parse(Path file, String displayName, String text) {
    if (text.length() > limits.maxBytes()) {
      return failed(
          displayName,
          Code.FILE_TOO_LARGE,
          Location.START,
          "the document is larger than " + limits.describeBytes(),
          "");
    }
    Location longLine = firstLongLine(text);
    if (longLine != null) {
      return failed(
          displayName,
          Code.FILE_TOO_LARGE,
          longLine,
          "line " + longLine.line() + " is longer than " + MAX_LINE + " characters (1 MiB)",
          "a ConfigMap or Secret holds at most 1 MiB, so no value can be this long");
    }
    TreeBuilder builder = builder(displayName, text, false);
    ScalarExtents.Log events = new ScalarExtents.Log();
    Optional<Diagnostic> stopped = build(builder, text, events);
    if (stopped.isPresent()) {
      List<Diagnostic> found = new ArrayList<>(builder.diagnostics());
      found.add(stopped.get());
      return new LoadResult(Optional.empty(), found);
    }
    if (builder.documents().isEmpty()) {
      return failed(
          displayName,
          Code.YAML_SYNTAX,
          Location.START,
          "the file holds no document",
          "run `aigonix init` to write a commented starter file");
    }
    return new LoadResult(
        Optional.of(source(file, displayName, text, builder.documents().get(0), events)),
        builder.diagnostics());
  }

  /**
   * Parses the bytes of a file that is not on disk (a compiled manifest, a Git blob); they must be
   * UTF-8.
   */
  public LoadResult parse(Path file, String displayName, byte[] content) {
    Input input = decode(content, displayName);
    return input.refused() != null
        ? new LoadResult(Optional.empty(), List.of(input.refused()))
        : parse(file, displayName, input.text());
  }

  /** Reads a file of several documents ({@code ---} between them), such as a cluster dump. */
  public StreamResult readStream(Path file, String displayName) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    Input input =
        input(
            absolute,
            displayName,
            "split the dump, e.g. one `kubectl get ... -n <namespace>` per file");
    return input.refused() != null
        ? new StreamResult(List.of(), List.of(input.refused()))
        : parseStream(absolute, displayName, input.text());
  }

  /**
   * Parses a stream of documents. Documents holding nothing (or only null) are left out, as
   * Kubernetes' decoder does; errors name the document by its number in the stream. Reading stops
   * at the first syntax error or limit; the documents before it are returned.
   */
  public StreamResult parseStream(Path file, String displayName, String text) {
    if (text.length() > limits.maxBytes()) {
      return new StreamResult(
          List.of(),
          List.of(
              diagnostic(
                  displayName,
                  Code.FILE_TOO_LARGE,
                  Location.START,
                  "the stream is larger than " + limits.describeBytes(),
                  "")));
    }
    if (detail == Detail.TREE && text.length() >= ListSplit.MIN_CHARS) {
      JsonNode split = ListSplit.parse(text, limits, CHUNKS);
      if (split != null) {
        return new StreamResult(
            List.of(new ParsedSource(file, displayName, text, split, new Locations())), List.of());
      }
    }
    TreeBuilder builder = builder(displayName, text, true);
    Optional<Diagnostic> stopped = build(builder, text, null);
    List<Diagnostic> found = new ArrayList<>(builder.diagnostics());
    stopped.ifPresent(found::add);
    List<ParsedSource> documents =
        builder.documents().stream().map(d -> source(file, displayName, text, d, null)).toList();
    return new StreamResult(documents, found);
  }

  private TreeBuilder builder(String displayName, String text, boolean stream) {
    CharOffsets offsets = detail == Detail.SPANS ? CharOffsets.of(text) : null;
    return new TreeBuilder(limits, displayName, scalars, stream, offsets);
  }

  /**
   * Feeds the events of {@code text} to the builder, and to {@code events} unless null; the error
   * that stopped it, if one did.
   */
  private Optional<Diagnostic> build(TreeBuilder builder, String text, ScalarExtents.Log events) {
    String file = builder.file();
    try {
      feed(builder, text, builder.limits(), events);
      return Optional.empty();
    } catch (MarkedYAMLException e) {
      Location at =
          e.getProblemMark() == null ? Location.START : TreeBuilder.location(e.getProblemMark());
      String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : e.getContext();
      return Optional.of(
          diagnostic(
              file,
              Code.YAML_SYNTAX,
              at,
              builder.prefix()
                  + "YAML syntax error: "
                  + problem
                  + (context.isEmpty() ? "" : " (" + context + ")"),
              ""));
    } catch (YAMLException e) {
      return Optional.of(
          diagnostic(
              file,
              Code.YAML_SYNTAX,
              Location.START,
              builder.prefix() + "YAML error: " + e.getMessage(),
              ""));
    } catch (TreeBuilder.Stop stop) {
      return Optional.of(stop.diagnostic());
    }
  }

  /** Feeds the events of {@code text} to the builder; syntax errors and limits are thrown. */
  static void feed(TreeBuilder builder, String text, SourceLimits limits) {
    feed(builder, text, limits, null);
  }

  /** The same, recording every event in {@code events} too unless it is null. */
  private static void feed(
      TreeBuilder builder, String text, SourceLimits limits, ScalarExtents.Log events) {
    Parser parser = new ParserImpl(new StreamReader(text), loaderOptions(limits));
    builder.consume(
        new Iterator<Event>() {
          @Override
          public boolean hasNext() {
            return parser.peekEvent() != null;
          }

          @Override
          public Event next() {
            Event event = parser.getEvent();
            if (events != null) {
              events.add(event);
            }
            return event;
          }
        });
  }

  /** {@code events}: the whole text's, recorded as it was read, or null. */
  private static ParsedSource source(
      Path file,
      String displayName,
      String text,
      TreeBuilder.Document document,
      ScalarExtents.Log events) {
    Locations locations = document.locations() == null ? new Locations() : document.locations();
    return new ParsedSource(file, displayName, text, document.root(), locations, events);
  }

  /** A file's text, or why it is not read at all. */
  private record Input(String text, Diagnostic refused) {}

  /** The text of a file; refused when it is too large (checked before reading) or not UTF-8. */
  private Input input(Path file, String displayName, String hint) throws IOException {
    long size = Files.size(file);
    if (size > limits.maxBytes()) {
      return new Input(
          null,
          diagnostic(
              displayName,
              Code.FILE_TOO_LARGE,
              Location.START,
              "the file is " + size + " bytes; the limit is " + limits.describeBytes(),
              hint));
    }
    return decode(Files.readAllBytes(file), displayName);
  }

  private static Input decode(byte[] content, String displayName) {
    try {
      return new Input(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString(),
          null);
    } catch (CharacterCodingException e) {
      return new Input(
          null,
          diagnostic(
              displayName,
              Code.YAML_SYNTAX,
              Location.START,
              "the file is not valid UTF-8",
              "save the file as UTF-8"));
    }
  }

  /**
   * The start of the first line over {@link #MAX_LINE}, or null. SnakeYAML re-copies its look-ahead
   * window for every 1 KiB of a token, so one long line costs time quadratic in its length (7 MiB:
   * half a minute); no Kubernetes object can hold such a value anyway. Line breaks as SnakeYAML
   * counts them.
   */
  private static Location firstLongLine(String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        if (i - start > MAX_LINE) {
          return new Location(line, 1);
        }
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        start = i + 1;
      }
    }
    return null;
  }

  private static LoaderOptions loaderOptions(SourceLimits limits) {
    LoaderOptions options = new LoaderOptions();
    // Our own limits are checked with locations while building; these only back them up.
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1024));
    options.setNestingDepthLimit(limits.maxDepth() + 50);
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    options.setAllowDuplicateKeys(true);
    return options;
  }

  private static LoadResult failed(
      String file, Code code, Location at, String message, String hint) {
    return new LoadResult(Optional.empty(), List.of(diagnostic(file, code, at, message, hint)));
  }

  private static Diagnostic diagnostic(
      String file, Code code, Location at, String message, String hint) {
    return new Diagnostic(code, Severity.ERROR, message, file, at.line(), at.column(), "", hint);
  }
}
