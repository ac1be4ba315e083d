package io.aigonix.seal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sets one string value in a YAML text by editing the text itself, so every other byte stays as it
 * was: comments, blank lines, key order, quoting, flow or block style, line endings. Missing mappings
 * on the way are created in the style of the mapping they go into. The caller re-reads the result and
 * checks it ({@link SecretWriter}); this class only knows positions.
 *
 * <p>Only values that need no quoting are written (sealed values are base64); a replaced value keeps
 * its quotes.
 */
final class YamlEditor {
  private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z0-9+/=]+");
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(?: [A-Za-z0-9_.-]+)*");
  private static final Pattern YAML11_SPECIAL =
      Pattern.compile("y|yes|n|no|true|false|on|off|null|~", Pattern.CASE_INSENSITIVE);

  private YamlEditor() {}

  /**
   * Returns {@code text} with the string at {@code path} (mapping keys from the root) set to {@code value}.
   *
   * @param what names the place in errors, e.g. "secretEnv.DB_PASSWORD.Prod of microservice Orders"
   */
  static String set(String text, List<String> path, String value, String what) throws SealingException {
    if (!PLAIN_VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException("only base64 values are written");
    }
    YamlSpans spans = YamlSpans.of(text);
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    int step = indentStep(spans);

    // the deepest node of the path that exists
    YamlSpans.Node node = spans.root();
    int depth = 0;
    String pointer = "";
    while (depth < path.size()) {
      String next = pointer + "/" + path.get(depth).replace("~", "~0").replace("/", "~1");
      YamlSpans.Node child = spans.get(next);
      if (child == null) {
        break;
      }
      node = child;
      pointer = next;
      depth++;
    }
    List<String> missing = path.subList(depth, path.size());

    if (missing.isEmpty()) {
      return replaceScalar(text, node, value, what);
    }
    if (node.kind == YamlSpans.Kind.MAPPING) {
      return node.flow
          ? insertIntoFlow(text, node, missing, value)
          : insertIntoBlock(text, node, missing, value, step, newline);
    }
    if (node.isEmptyNull() && node.keyStart >= 0) {
      // `secretEnv:` with nothing after it: the members go on the following lines
      int at = endOfLine(text, node.keyEnd);
      String entries = blockEntries(missing, value, node.keyColumn + step, step, newline);
      return insertLines(text, at, entries, newline);
    }
    throw new SealingException("cannot write " + what + ": '" + String.join(".", path.subList(0, depth))
        + "' is not a mapping");
  }

  private static String replaceScalar(String text, YamlSpans.Node node, String value, String what)
      throws SealingException {
    if (node.kind != YamlSpans.Kind.SCALAR) {
      throw new SealingException("cannot write " + what + ": the existing value is not a plain string");
    }
    if (node.isEmptyNull()) {
      // `Prod:` with no value: write after the colon
      int colon = text.indexOf(':', node.keyEnd);
      return text.substring(0, colon + 1) + " " + value + text.substring(colon + 1);
    }
    String replacement = switch (node.scalarStyle) {
      case PLAIN -> value;
      case SINGLE_QUOTED -> "'" + value + "'";
      case DOUBLE_QUOTED -> "\"" + value + "\"";
      default -> throw new SealingException("cannot write " + what
          + ": the existing value is a block scalar ('|' or '>'); replace it with a plain value first");
    };
    return text.substring(0, node.start) + replacement + text.substring(node.end);
  }

  private static String insertIntoBlock(String text, YamlSpans.Node mapping, List<String> missing, String value,
      int step, String newline) {
    YamlSpans.Node last = mapping.children.get(mapping.children.size() - 1);
    int indent = mapping.children.get(0).keyColumn;
    int at = contentEnd(text, last);
    return insertLines(text, at, blockEntries(missing, value, indent, step, newline), newline);
  }

  /** Inserts whole lines after the line that holds offset {@code at} (or at {@code at} if it starts a line). */
  private static String insertLines(String text, int at, String lines, String newline) {
    int pos = at > 0 && text.charAt(at - 1) == '\n' ? at : endOfLine(text, at);
    if (pos == text.length() && !text.isEmpty() && text.charAt(pos - 1) != '\n') {
      return text + newline + lines.substring(0, lines.length() - newline.length());
    }
    return text.substring(0, pos) + lines + text.substring(pos);
  }

  private static String insertIntoFlow(String text, YamlSpans.Node mapping, List<String> missing, String value) {
    String entry = flowEntry(missing, value);
    if (mapping.children.isEmpty()) {
      int open = text.indexOf('{', mapping.start);
      return text.substring(0, open + 1) + " " + entry + " " + text.substring(open + 1).stripLeading();
    }
    int at = mapping.children.get(mapping.children.size() - 1).end;
    return text.substring(0, at) + ", " + entry + text.substring(at);
  }

  private static String blockEntries(List<String> keys, String value, int indent, int step, String newline) {
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
    key.codePoints().forEach(c -> {
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
  private static int contentEnd(String text, YamlSpans.Node node) {
    if ((node.kind == YamlSpans.Kind.MAPPING || node.kind == YamlSpans.Kind.SEQUENCE) && !node.flow
        && !node.children.isEmpty()) {
      return contentEnd(text, node.children.get(node.children.size() - 1));
    }
    if (node.isEmptyNull() && node.keyEnd >= 0) {
      return node.keyEnd;
    }
    return node.end;
  }

  /** The offset just after the line break that ends the line holding {@code at}, or the text's end. */
  private static int endOfLine(String text, int at) {
    int nl = text.indexOf('\n', at);
    return nl < 0 ? text.length() : nl + 1;
  }

  /** The indentation step the file uses (first nested block mapping under the root), else 2. */
  private static int indentStep(YamlSpans spans) {
    YamlSpans.Node root = spans.root();
    if (root != null && root.kind == YamlSpans.Kind.MAPPING && !root.flow) {
      for (YamlSpans.Node child : root.children) {
        if (child.kind == YamlSpans.Kind.MAPPING && !child.flow && !child.children.isEmpty()) {
          int step = child.children.get(0).keyColumn - child.keyColumn;
          if (step > 0) {
            return step;
          }
        }
      }
    }
    return 2;
  }
}
