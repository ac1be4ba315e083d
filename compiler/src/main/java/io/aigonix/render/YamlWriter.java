package io.aigonix.render;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one YAML writer: block style, UTF-8, LF, a final newline. Map keys are sorted, except that a
 * document starts with apiVersion, kind, metadata, metadata starts with name, namespace, and a list
 * item starts with name; lists keep their order. A string is written plain only when every YAML 1.1
 * and 1.2 reader reads it back as the same string (so "true", "yes", "1.0", "0x1F", "12:30" are
 * quoted); multi-line strings are literal blocks. Hand-written rather than SnakeYAML's emitter so
 * these rules are visible and stable.
 */
public final class YamlWriter {
  private static final List<String> DOCUMENT_FIRST = List.of("apiVersion", "kind", "metadata");
  private static final List<String> METADATA_FIRST = List.of("name", "namespace");
  private static final List<String> ITEM_FIRST = List.of("name");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./$][A-Za-z0-9_./:@+=,()~$ -]*");

  /**
   * Numbers in any YAML 1.1 or 1.2 reading: ints, floats, hex/octal/binary, sexagesimal, inf, nan.
   */
  private static final Pattern NUMBER_LIKE =
      Pattern.compile(
          "[-+]?([0-9][0-9_]*)?(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
              + "|[-+]?0[xX][0-9a-fA-F_]+|[-+]?0[oO]?[0-7_]+|[-+]?0[bB][01_]+"
              + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
              + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  /** YAML 1.1 booleans and nulls, including the y/n that SnakeYAML no longer resolves. */
  private static final Pattern BOOL_OR_NULL =
      Pattern.compile(
          "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~");

  /** Strings longer than this are not memoized (config file contents, mostly). */
  private static final int MEMO_LIMIT = 128;

  private static final String[] INDENTS = new String[32];

  static {
    for (int i = 0; i < INDENTS.length; i++) {
      INDENTS[i] = "  ".repeat(i);
    }
  }

  private final Resolver resolver = new Resolver();

  /**
   * {@link #scalar} of short strings: the same keys and values recur in every file, and deciding
   * plain or quoted takes several regular expressions. Concurrent because objects render in
   * parallel.
   */
  private final Map<String, String> scalars = new ConcurrentHashMap<>();

  public byte[] write(JsonNode document) {
    StringBuilder b = new StringBuilder();
    map(b, document, "", DOCUMENT_FIRST, false);
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the entries of a map; with {@code afterDash} the first entry follows a list's "- ". */
  private void map(
      StringBuilder b, JsonNode node, String indent, List<String> first, boolean afterDash) {
    boolean firstEntry = true;
    for (String key : order(node, first)) {
      b.append(firstEntry && afterDash ? "" : indent);
      firstEntry = false;
      b.append(scalar(key)).append(':');
      value(
          b,
          node.get(key),
          indent,
          key.equals("metadata") && indent.isEmpty() ? METADATA_FIRST : List.of());
    }
  }

  private void value(StringBuilder b, JsonNode value, String indent, List<String> first) {
    if (value.isObject() && !value.isEmpty()) {
      b.append('\n');
      map(b, value, deeper(indent), first, false);
    } else if (value.isArray() && !value.isEmpty()) {
      b.append('\n');
      list(b, value, indent);
    } else if (value.isTextual()
        && value.textValue().contains("\n")
        && literalOk(value.textValue())) {
      literal(b, value.textValue(), deeper(indent));
    } else {
      b.append(' ').append(inline(value)).append('\n');
    }
  }

  private void list(StringBuilder b, JsonNode array, String indent) {
    for (JsonNode item : array) {
      b.append(indent).append("- ");
      if (item.isObject() && !item.isEmpty()) {
        map(b, item, deeper(indent), ITEM_FIRST, true);
      } else if (item.isArray() && !item.isEmpty()) {
        b.append('\n');
        list(b, item, deeper(indent));
      } else if (item.isTextual()
          && item.textValue().contains("\n")
          && literalOk(item.textValue())) {
        b.setLength(b.length() - 1);
        literal(b, item.textValue(), deeper(indent));
      } else {
        b.append(inline(item)).append('\n');
      }
    }
  }

  /** The indent one level in; the common depths are made once rather than per line. */
  private static String deeper(String indent) {
    int level = indent.length() / 2 + 1;
    return level < INDENTS.length ? INDENTS[level] : indent + "  ";
  }

  private static List<String> order(JsonNode node, List<String> first) {
    List<String> keys = new ArrayList<>();
    for (String k : first) {
      if (node.has(k)) {
        keys.add(k);
      }
    }
    List<String> rest = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!first.contains(k)) {
        rest.add(k);
      }
    }
    rest.sort(null);
    keys.addAll(rest);
    return keys;
  }

  private String inline(JsonNode value) {
    if (value.isObject()) {
      return "{}";
    }
    if (value.isArray()) {
      return "[]";
    }
    if (value.isTextual()) {
      return scalar(value.textValue());
    }
    return value.asText();
  }

  /** A string as a plain scalar when that is unambiguous, else double-quoted with JSON escapes. */
  String scalar(String s) {
    if (isPlainName(s)) {
      return s;
    }
    return s.length() > MEMO_LIMIT ? decide(s) : scalars.computeIfAbsent(s, this::decide);
  }

  /**
   * The common shape of names, file names and image references, which {@link #decide} would write
   * plain, told without its regular expressions: an ASCII letter other than e or E first (no
   * number, not even an exponent like {@code e5}, starts so), then letters, digits and {@code
   * ._/-}, at least one of them not a letter (every boolean and null word is letters only). Each
   * kustomization lists thousands of file names seen nowhere else, so the memo does not help them.
   */
  static boolean isPlainName(String s) {
    if (s.isEmpty() || !isLetter(s.charAt(0)) || s.charAt(0) == 'e' || s.charAt(0) == 'E') {
      return false;
    }
    boolean notLetter = false;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '_' || c == '/' || c == '-' || (c >= '0' && c <= '9')) {
        notLetter = true;
      } else if (!isLetter(c)) {
        return false;
      }
    }
    return notLetter;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The full decision, regular expressions and SnakeYAML's resolver included. */
  String decide(String s) {
    boolean plain =
        !s.isEmpty()
            && PLAIN.matcher(s).matches()
            && !s.endsWith(" ")
            && !s.endsWith(":")
            && !s.contains(": ")
            && !s.contains(" #")
            && !NUMBER_LIKE.matcher(s).matches()
            && !BOOL_OR_NULL.matcher(s).matches()
            && resolver.resolve(NodeId.scalar, s, true).equals(Tag.STR);
    return plain ? s : '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
  }

  /** Literal blocks for printable text whose first line does not start with a space. */
  private static boolean literalOk(String s) {
    if (s.startsWith(" ") || s.startsWith("\n")) {
      return false;
    }
    // a loop, not a stream: this runs over every config file's content
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean printable =
          ch == '\n'
              || ch >= 0x20
                  && ch != 0x7f
                  && ch != 0xfeff
                  && !(ch >= 0x80 && ch <= 0x9f)
                  && ch != 0x2028
                  && ch != 0x2029;
      if (!printable) {
        return false;
      }
    }
    return true;
  }

  private static void literal(StringBuilder b, String s, String indent) {
    int end;
    String chomp;
    if (!s.endsWith("\n")) {
      chomp = "-";
      end = s.length();
    } else if (s.endsWith("\n\n")) {
      chomp = "+";
      end = s.length() - 1; // the lines up to the last line end; the final empty one is not written
    } else {
      chomp = "";
      end = s.length() - 1;
    }
    b.append(" |").append(chomp).append('\n');
    // each line of s[0, end), empty lines without the indent
    for (int from = 0; from <= end; ) {
      int to = s.indexOf('\n', from);
      if (to < 0 || to > end) {
        to = end;
      }
      if (to > from) {
        b.append(indent).append(s, from, to);
      }
      b.append('\n');
      from = to + 1;
    }
  }
}
