package io.aigonix.source;

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
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The one YAML reader. jackson-dataformat-yaml turns aliases into plain strings and forgets where
 * nodes are, so this reads the event stream of SnakeYAML (the parser jackson-dataformat-yaml is built
 * on) and builds the Jackson tree itself, recording the location of every node, rejecting duplicate
 * keys and enforcing {@link SourceLimits}.
 */
public final class YamlReader {
  /** The longest line read: 1 MiB, the most a ConfigMap or Secret holds. */
  static final int MAX_LINE = 1024 * 1024;

  private final SourceLimits limits;

  public YamlReader(SourceLimits limits) {
    this.limits = limits;
  }

  public YamlReader() {
    this(SourceLimits.DEFAULT);
  }

  /** Reads {@code file}; I/O failures (missing file, permissions) are thrown, bad content is diagnosed. */
  public LoadResult read(Path file, String displayName) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    long size = Files.size(absolute);
    if (size > limits.maxBytes()) {
      return failed(displayName, Code.FILE_TOO_LARGE, Location.START,
          "the file is " + size + " bytes; the limit is " + limits.maxBytes() + " bytes (8 MiB)",
          "split the file or move large config file contents into files referenced by configFiles");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(absolute)))
          .toString();
    } catch (CharacterCodingException e) {
      return failed(displayName, Code.YAML_SYNTAX, Location.START, "the file is not valid UTF-8",
          "save the file as UTF-8");
    }
    return parse(absolute, displayName, text);
  }

  /** Parses text that came from {@code file}. */
  public LoadResult parse(Path file, String displayName, String text) {
    if (text.length() > limits.maxBytes()) {
      return failed(displayName, Code.FILE_TOO_LARGE, Location.START,
          "the document is larger than " + limits.maxBytes() + " bytes (8 MiB)", "");
    }
    Location longLine = firstLongLine(text);
    if (longLine != null) {
      return failed(displayName, Code.FILE_TOO_LARGE, longLine, "line " + longLine.line() + " is longer than "
          + MAX_LINE + " characters (1 MiB)", "a ConfigMap or Secret holds at most 1 MiB, so no value can be this long");
    }
    TreeBuilder builder = new TreeBuilder(limits, displayName);
    try {
      builder.consume(new Yaml(loaderOptions()).parse(new java.io.StringReader(text)));
    } catch (MarkedYAMLException e) {
      Location at = e.getProblemMark() == null
          ? Location.START
          : new Location(e.getProblemMark().getLine() + 1, e.getProblemMark().getColumn() + 1);
      String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : e.getContext();
      return failed(displayName, Code.YAML_SYNTAX, at, "YAML syntax error: " + problem
          + (context.isEmpty() ? "" : " (" + context + ")"), "");
    } catch (YAMLException e) {
      return failed(displayName, Code.YAML_SYNTAX, Location.START, "YAML error: " + e.getMessage(), "");
    } catch (TreeBuilder.Stop stop) {
      List<Diagnostic> found = new ArrayList<>(builder.diagnostics());
      found.add(stop.diagnostic());
      return new LoadResult(Optional.empty(), found);
    }
    if (builder.root() == null) {
      return failed(displayName, Code.YAML_SYNTAX, Location.START, "the file holds no document",
          "run `aigonix init` to write a commented starter file");
    }
    ParsedSource source = new ParsedSource(file, displayName, text, builder.root(), builder.locations());
    return new LoadResult(Optional.of(source), builder.diagnostics());
  }

  /**
   * The start of the first line over {@link #MAX_LINE}, or null. SnakeYAML re-copies its look-ahead
   * window for every 1 KiB of a token, so one long line costs time quadratic in its length (7 MiB: half
   * a minute); no Kubernetes object can hold such a value anyway. Line breaks as SnakeYAML counts them.
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

  private LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    // Our own limits are checked with locations while building; these only back them up.
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1024));
    options.setNestingDepthLimit(limits.maxDepth() + 50);
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    options.setAllowDuplicateKeys(true);
    return options;
  }

  private static LoadResult failed(String file, Code code, Location at, String message, String hint) {
    Diagnostic d = new Diagnostic(code, Severity.ERROR, message, file, at.line(), at.column(), "", hint);
    return new LoadResult(Optional.empty(), List.of(d));
  }
}
