package io.aigonix.seal;

import io.aigonix.source.Locations;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.Pointers;
import io.aigonix.source.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sets one string value in a YAML text by editing the text itself, so every other byte stays as it
 * was: comments, blank lines, key order, quoting, flow or block style, line endings. Missing
 * mappings on the way are created in the style of the mapping they go into. Where each node is
 * written comes from the reader's spans ({@link Locations#span}); the caller re-reads the result
 * and checks it ({@link SecretWriter}); this class only knows positions.
 *
 * <p>Only values that need no quoting are written (sealed values are base64); a replaced value
 * keeps its quotes.
 */
final class YamlEditor {
  private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z0-9+/=]+");
  private static final Pattern PLAIN_KEY =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(?: [A-Za-z0-9_.-]+)*");
  private static final Pattern YAML11_SPECIAL =
      Pattern.compile("y|yes|n|no|true|false|on|off|null|~", Pattern.CASE_INSENSITIVE);

  private final String text;
  private final Locations spans;

  private YamlEditor(ParsedSource source) {
    this.text = source.text();
    this.spans = source.locations();
  }

  /**
   * Returns the source's text with the string at {@code path} (mapping keys from the root) set to
   * {@code value}.
   *
   * @param what names the place in errors, e.g. "secretEnv.DB_PASSWORD.Prod of microservice Orders"
   */
  static String set(ParsedSource source, List<String> path, String value, String what)
      throws SealingException {
    if (!PLAIN_VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException("only base64 values are written");
    }
    return new YamlEditor(source).set(path, value, what);
  }

  private String set(List<String> path, String value, String what) throws SealingException {
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    int step = indentStep();

    // the deepest node of the path that is written in the text
    Span node = span("");
    int depth = 0;
    String pointer = "";
    while (depth < path.size()) {
      String next = Pointers.child(pointer, path.get(depth));
      Optional<Span> child = spans.span(next);
      if (child.isEmpty()) {
        break;
      }
      node = child.get();
      pointer = next;
      depth++;
    }
    List<String> missing = path.subList(depth, path.size());

    if (missing.isEmpty()) {
      return replaceScalar(node, value, what);
    }
    if (node.kind() == Span.Kind.MAPPING) {
      return node.style() == Span.Style.FLOW
          ? insertIntoFlow(node, missing, value)
          : insertIntoBlock(node, missing, value, step, newline);
    }
    if (node.isEmptyNull() && node.isMember()) {
      // `secretEnv:` with nothing after it: the members go on the following lines
      int at = endOfLine(node.keyEnd());
      String entries = blockEntries(missing, value, node.keyIndent() + step, step, newline);
      return insertLines(at, entries, newline);
    }
    throw new SealingException(
        "cannot write "
            + what
            + ": '"
            + String.join(".", path.subList(0, depth))
            + "' is not a mapping");
  }

  private Span span(String pointer) {
    return spans
        .span(pointer)
        .orElseThrow(() -> new IllegalStateException("no span at '" + pointer + "'"));
  }

  private Span first(Span collection) {
    return span(collection.children().get(0));
  }

  private Span last(Span collection) {
    return span(collection.children().get(collection.children().size() - 1));
  }

  private String replaceScalar(Span node, String value, String what) throws SealingException {
    if (node.kind() != Span.Kind.SCALAR) {
      throw new SealingException(
          "cannot write " + what + ": the existing value is not a plain string");
    }
    if (node.isEmptyNull()) {
      // `Prod:` with no value: write after the colon
      int colon = text.indexOf(':', node.keyEnd());
      return text.substring(0, colon + 1) + " " + value + text.substring(colon + 1);
    }
    String replacement =
        switch (node.style()) {
          case PLAIN -> value;
          case SINGLE_QUOTED -> "'" + value + "'";
          case DOUBLE_QUOTED -> "\"" + value + "\"";
          default ->
              throw new SealingException(
                  "cannot write "
                      + what
                      + ": the existing value is a block scalar ('|' or '>'); replace it with a plain value first");
        };
    return text.substring(0, node.start()) + replacement + text.substring(node.end());
  }

  private String insertIntoBlock(
      Span mapping, List<String> missing, String value, int step, String newline) {
    int indent = first(mapping).keyIndent();
    int at = contentEnd(last(mapping));
    return insertLines(at, blockEntries(missing, value, indent, step, newline), newline);
  }

  /**
   * Inserts whole lines after the line that holds offset {@code at} (or at {@code at} if it starts
   * a line).
   */
  private String insertLines(int at, String lines, String newline) {
    int pos = at > 0 && text.charAt(at - 1) == '\n' ? at : endOfLine(at);
    if (pos == text.length() && !text.isEmpty() && text.charAt(pos - 1) != '\n') {
      return text + newline + lines.substring(0, lines.length() - newline.length());
    }
    return text.substring(0, pos) + lines + text.substring(pos);
  }

  private String insertIntoFlow(Span mapping, List<String> missing, String value) {
    String entry = flowEntry(missing, value);
    if (mapping.children().isEmpty()) {
      int open = text.indexOf('{', mapping.start());
      return text.substring(0, open + 1)
          + " "
          + entry
          + " "
          + text.substring(open + 1).stripLeading();
    }
    int at = last(mapping).end();
    return text.substring(0, at) + ", " + entry + text.substring(at);
  }

  private static String blockEntries(
      List<String> keys, String value, int indent, int step, String newline) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      sb.append(" ".repeat(indent + i * step)).append(key(keys.get(i))).append(':');
      if (i == keys.size() - 1) {
        sb.append(' ').append(value);
      }
      sb.append(newline);
    }
    return sb.toString();
  }

  private static String flowEntry(List<String> keys, String value) {
    String inner = key(keys.get(keys.size() - 1)) + ": " + value;
    for (int i = keys.size() - 2; i >= 0; i--) {
      inner = key(keys.get(i)) + ": { " + inner + " }";
    }
    return inner;
  }

  /** A key as written: plain when that is unambiguous for every YAML reader, else double-quoted. */
  static String key(String key) {
    if (PLAIN_KEY.matcher(key).matches() && !YAML11_SPECIAL.matcher(key).matches()) {
      return key;
    }
    StringBuilder sb = new StringBuilder("\"");
    key.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                sb.append('\\').appendCodePoint(c);
              } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format(Locale.ROOT, "\\x%02x", c));
              } else {
                sb.appendCodePoint(c);
              }
            });
    return sb.append('"').toString();
  }

  /** Where the text of a node really ends: a block collection ends with its last member's text. */
  private int contentEnd(Span node) {
    if (node.isCollection() && node.style() == Span.Style.BLOCK && !node.children().isEmpty()) {
      return contentEnd(last(node));
    }
    if (node.isEmptyNull() && node.isMember()) {
      return node.keyEnd();
    }
    return node.end();
  }

  /**
   * The offset just after the line break that ends the line holding {@code at}, or the text's end.
   */
  private int endOfLine(int at) {
    int nl = text.indexOf('\n', at);
    return nl < 0 ? text.length() : nl + 1;
  }

  /** The indentation step the file uses (first nested block mapping under the root), else 2. */
  private int indentStep() {
    Span root = span("");
    if (root.kind() == Span.Kind.MAPPING && root.style() == Span.Style.BLOCK) {
      for (String pointer : root.children()) {
        Span child = span(pointer);
        if (child.kind() == Span.Kind.MAPPING
            && child.style() == Span.Style.BLOCK
            && !child.children().isEmpty()) {
          int step = first(child).keyIndent() - child.keyIndent();
          if (step > 0) {
            return step;
          }
        }
      }
    }
    return 2;
  }
}
