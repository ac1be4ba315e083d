package io.aigonix.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses a big {@code kind: List} as kubectl prints it on all cores: the items are cut into chunks
 * at the lines that start with {@code "- "} at column 0 and parsed on worker threads, the rest of
 * the document (the head up to {@code items:} and the keys after the items) on its own. It gives
 * the tree the whole parse gives or nothing ({@code null}: the caller parses the whole text).
 *
 * <p>Why the split is sound. The head must be lines {@code key: plain-value} then {@code items:},
 * so SnakeYAML's scanner leaves it in block context, flow level 0, with indents [-1, 0]; an
 * indentless sequence at column 0 adds no indent, so at each {@code - } the whole parse has the
 * same indents a chunk parsed alone has once its sequence opens (0). While a chunk's content stays
 * right of column 0 (lines at column 0 are only items, comments and blank lines), no indent at or
 * left of 0 is popped, so the whole parse and the chunk's parse produce the same tokens up to the
 * chunk's end. There the whole parse either (a) is in block context, where the next column-0 {@code
 * - } is the next item (a plain scalar or block scalar ends at column 0, and comments are skipped
 * alike), or (b) is inside a quoted scalar or a flow collection that goes on past the cut: then the
 * chunk parse hits the end of its text inside it, which is a syntax error, and we fall back. The
 * same holds for the keys after the items: both parses read them from the same scanner state, and
 * {@code items} must then come out as null in the head-and-tail parse (so no other line took its
 * place). Line breaks other than LF (CR, NEL, LS, PS), a BOM, directives and document markers (both
 * start with a character no column-0 chunk line may start with) are never split; nor are anchors,
 * aliases or explicit tags (an anchor's scope and the alias budget are the whole document's). Any
 * diagnostic in a part falls back too, so the whole parse reports it exactly as before; the nesting
 * limit is checked one level lower in chunks (a chunk's sequence is the root, the List's items are
 * at depth 2).
 */
final class ListSplit {
  /** Below this the whole parse is quick enough; threads would only add overhead. */
  static final int MIN_CHARS = 1 << 20;

  private static final Pattern HEAD =
      Pattern.compile("(?:[A-Za-z][A-Za-z0-9]*: [A-Za-z0-9][A-Za-z0-9./-]*\n)*items:\n");

  private ListSplit() {}

  /** The document {@code text} holds, or null when the split does not apply or is not sure. */
  static JsonNode parse(String text, SourceLimits limits, int chunks) {
    if (chunks < 2 || !lfOnly(text)) {
      return null;
    }
    java.util.regex.Matcher head = HEAD.matcher(text);
    if (!head.lookingAt()) {
      return null;
    }
    int itemsStart = head.end();
    List<Integer> items = new ArrayList<>();
    int tail = text.length();
    for (int line = itemsStart; line < text.length(); line = nextLine(text, line)) {
      char c = text.charAt(line);
      char after = line + 1 < text.length() ? text.charAt(line + 1) : '\n';
      if (c == '-' && (after == ' ' || after == '\n')) {
        items.add(line);
      } else if (c != ' ' && c != '#' && c != '\n') {
        tail = line;
        break;
      }
    }
    if (items.size() < chunks || items.get(0) != itemsStart) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      int from = items.get(i * items.size() / chunks);
      int to = i + 1 < chunks ? items.get((i + 1) * items.size() / chunks) : tail;
      parts.add(text.substring(from, to));
    }
    SourceLimits inChunk =
        new SourceLimits(
            limits.maxBytes(), limits.maxDepth() - 1, limits.maxNodes(), limits.maxAliasNodes());
    // the head and tail first: when they make the split unsound, no chunk has been parsed for
    // nothing
    Part rest = parsePart(text.substring(0, itemsStart) + text.substring(tail), limits);
    if (rest == null
        || !rest.root().isObject()
        || !rest.root().has("items")
        || !rest.root().get("items").isNull()) {
      return null;
    }
    List<Part> parsed = parts.parallelStream().map(part -> parsePart(part, inChunk)).toList();
    if (parsed.contains(null)) {
      return null;
    }
    ArrayNode all = JsonNodeFactory.instance.arrayNode(items.size());
    // As the whole parse counts: the sequence in place of the null, each chunk's less its root.
    long nodes = rest.nodes();
    for (Part part : parsed) {
      if (!part.root().isArray()) {
        return null;
      }
      all.addAll((ArrayNode) part.root());
      nodes += part.nodes() - 1;
    }
    if (nodes > limits.maxNodes()) {
      return null;
    }
    ((ObjectNode) rest.root()).set("items", all);
    return rest.root();
  }

  /** A part's one document and the nodes the builder counted for it. */
  private record Part(JsonNode root, long nodes) {}

  /** The one document of a part, or null when it fails, reports anything or is not plain. */
  private static Part parsePart(String part, SourceLimits limits) {
    TreeBuilder builder = new TreeBuilder(limits, "", new ScalarResolver(), true, null);
    try {
      YamlReader.feed(builder, part, limits);
    } catch (YAMLException | TreeBuilder.Stop e) {
      return null;
    }
    return builder.diagnostics().isEmpty()
            && !builder.sawReference()
            && builder.documents().size() == 1
        ? new Part(builder.documents().get(0).root(), builder.nodes())
        : null;
  }

  private static int nextLine(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline + 1;
  }

  /**
   * Whether every line break is LF: SnakeYAML also breaks lines at CR, NEL, LS and PS. (indexOf per
   * character: a text of Latin-1 characters answers the last three at once.)
   */
  private static boolean lfOnly(String text) {
    for (char c : new char[] {'\r', '\u0085', '\u2028', '\u2029', '\uFEFF'}) {
      if (text.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }
}
