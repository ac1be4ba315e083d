package io.aigonix.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Gives a YAML scalar its JSON type, by SnakeYAML's resolver: quoted scalars are always strings.
 * Numbers keep every digit (BigInteger, BigDecimal): a value too large for a field is the schema's
 * or a rule's to refuse at its line, never rounded here. What JSON cannot hold is a {@link
 * #problem}: tags other than the core schema's ({@code !!binary}, {@code !!timestamp}, {@code
 * !custom}), {@code .inf} and {@code .nan}, a tagged value that does not parse as its tag, and lone
 * UTF-16 surrogates (not encodable as UTF-8, so they would be written as '?').
 */
final class ScalarResolver {
  // Tags as strings (compile-time constants): SnakeYAML's Tag class and its resolver compile
  // regular expressions when first used (a tenth of a validate's start-up), and a plain scalar
  // mostly needs neither (see plainTag).
  static final String STR = Tag.PREFIX + "str";
  static final String INT = Tag.PREFIX + "int";
  static final String FLOAT = Tag.PREFIX + "float";
  static final String BOOL = Tag.PREFIX + "bool";
  static final String NULL = Tag.PREFIX + "null";
  private static final java.util.Set<String> CORE_SCALAR_TAGS =
      java.util.Set.of(STR, INT, FLOAT, BOOL, NULL);
  private static final java.util.Set<String> CORE_COLLECTION_TAGS =
      java.util.Set.of(Tag.PREFIX + "map", Tag.PREFIX + "seq");
  private static final java.util.Set<String> BOOL_WORDS =
      java.util.Set.of("true", "false", "yes", "no", "on", "off", "y", "n");
  private static final java.util.Set<String> NULL_WORDS =
      java.util.Set.of("", "~", "null", "Null", "NULL");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private Resolver resolver; // built by the first scalar plainTag cannot tell by itself
  private ScalarEvent lastEvent;
  private String lastTag;

  /**
   * Short strings already read, as keys and as text nodes (both immutable, so one instance serves
   * every place): a dump repeats the same keys and values thousands of times, and each copy that
   * lives in the tree costs the collector a copy per young collection it survives (measured: half
   * the CPU of an import went to the serial collector). Bounded, so unique values cannot grow it.
   */
  private final java.util.HashMap<String, String> keys = new java.util.HashMap<>();

  private final java.util.HashMap<String, JsonNode> texts = new java.util.HashMap<>();
  private static final int SHARED_LENGTH = 64;
  private static final int SHARED_COUNT = 50_000;

  /** The one instance of a mapping key equal to {@code key}. */
  String key(String key) {
    if (key.length() > SHARED_LENGTH) {
      return key;
    }
    String known = keys.get(key);
    if (known == null && keys.size() < SHARED_COUNT) {
      keys.put(key, key);
    }
    return known == null ? key : known;
  }

  private JsonNode text(String value) {
    if (value.length() > SHARED_LENGTH) {
      return NODES.textNode(value);
    }
    JsonNode known = texts.get(value);
    if (known == null) {
      known = NODES.textNode(value);
      if (texts.size() < SHARED_COUNT) {
        texts.put(value, known);
      }
    }
    return known;
  }

  JsonNode resolve(ScalarEvent event) {
    String value = event.getValue();
    String tag = tagOf(event);
    try {
      if (NULL.equals(tag)) {
        return NODES.nullNode();
      } else if (BOOL.equals(tag)) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return NODES.booleanNode(
            v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
      } else if (INT.equals(tag)) {
        return integer(value);
      } else if (FLOAT.equals(tag)) {
        return NODES.numberNode(new BigDecimal(value.replace("_", "")));
      }
    } catch (NumberFormatException e) {
      return text(value);
    }
    return text(value);
  }

  /** Why the scalar (a value or a key) has no faithful JSON form, or empty. */
  java.util.Optional<String> problem(ScalarEvent event) {
    String explicit = event.getTag();
    if (explicit != null && !explicit.equals("!") && !CORE_SCALAR_TAGS.contains(explicit)) {
      return java.util.Optional.of(
          "the tag '" + shortTag(explicit) + "' is not supported: JSON has no such type");
    }
    String value = event.getValue();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return java.util.Optional.of(
            "the text holds a lone UTF-16 surrogate, which UTF-8 cannot encode");
      }
    }
    String tag = tagOf(event);
    if (FLOAT.equals(tag) && infinityOrNan(value.toLowerCase(java.util.Locale.ROOT))) {
      return java.util.Optional.of(
          "'" + value + "' is infinity or not-a-number, which JSON cannot hold");
    }
    if (explicit != null && (INT.equals(tag) || FLOAT.equals(tag)) && resolve(event).isTextual()
        || BOOL.equals(tag) && !BOOL_WORDS.contains(value.toLowerCase(java.util.Locale.ROOT))
        || NULL.equals(tag) && !NULL_WORDS.contains(value)) {
      // the value is not quoted: it may be anything, a secret included (a value is never shown)
      return java.util.Optional.of("the value does not fit the tag '" + shortTag(tag) + "'");
    }
    return java.util.Optional.empty();
  }

  /** Whether a lower-cased value is {@code [-+]?.inf} or {@code [-+]?.nan}. */
  private static boolean infinityOrNan(String lower) {
    String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
    return unsigned.equals(".inf") || unsigned.equals(".nan");
  }

  /** Why a mapping or sequence tag has no JSON form, or empty. */
  static java.util.Optional<String> collectionProblem(String tag) {
    return tag == null || tag.equals("!") || CORE_COLLECTION_TAGS.contains(tag)
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            "the tag '" + shortTag(tag) + "' is not supported: JSON has no such type");
  }

  private static String shortTag(String tag) {
    return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
  }

  /**
   * The tag of {@code event}; the last one is remembered, as {@link #problem} and {@link #resolve}
   * ask for the same scalar in turn (a plain scalar's tag costs SnakeYAML's regular expressions).
   */
  private String tagOf(ScalarEvent event) {
    if (event != lastEvent) {
      lastTag = resolveTag(event);
      lastEvent = event;
    }
    return lastTag;
  }

  private String resolveTag(ScalarEvent event) {
    String explicit = event.getTag();
    if (explicit != null && !explicit.equals("!")) {
      // compared with the core tags only (any other is a problem), which SnakeYAML's Tag would
      // leave as they are: it only percent-encodes characters they do not hold
      return explicit;
    }
    if (!event.getImplicit().canOmitTagInPlainScalar()) {
      return STR;
    }
    return plainTag(event.getValue());
  }

  /**
   * The characters SnakeYAML's implicit resolvers start with (bool, int, float, merge, null,
   * timestamp, yaml; null also matches one space); a plain scalar starting with any other resolves
   * to a string.
   */
  private static final String RESOLVED_FIRST = "yYnNtTfFoO-+0123456789.<~\0!&* ";

  /** The first characters of SnakeYAML's bool resolver, and the words its pattern matches. */
  private static final String BOOL_FIRST = "yYnNtTfFoO";

  private static final java.util.Set<String> PLAIN_BOOLS =
      java.util.Set.of(
          "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
          "on", "On", "ON", "off", "Off", "OFF");

  /**
   * The tag SnakeYAML's resolver gives a plain scalar, without its regular expressions (or even
   * building it) for most scalars of a file: another first character, or a word longer than the
   * longest bool or null ("false"), can only be a string; a word starting like a bool, and plain
   * decimals, are read as the resolver would; and a scalar starting with a digit that none of its
   * patterns for such scalars (int, float, timestamp) could match is a string.
   */
  String plainTag(String value) {
    if (!value.isEmpty()) {
      char c = value.charAt(0);
      if (RESOLVED_FIRST.indexOf(c) < 0 || value.length() > 5 && Character.isLetter(c)) {
        return STR;
      }
      if (BOOL_FIRST.indexOf(c) >= 0) {
        // bool's is the only resolver for these first characters, but for null's after it on 'n'
        if (PLAIN_BOOLS.contains(value)) {
          return BOOL;
        }
        return (c == 'n' || c == 'N') && NULL_WORDS.contains(value) ? NULL : STR;
      }
      if (c >= '0' && c <= '9') {
        String known = startingWithDigit(value);
        if (known != null) {
          return known;
        }
      }
    }
    if (resolver == null) {
      resolver = new Resolver();
    }
    return resolver.resolve(NodeId.scalar, value, true).getValue();
  }

  /**
   * The characters SnakeYAML's int, float and timestamp patterns are written in (the resolvers of a
   * scalar starting with a digit): digits, signs, '_', '.', ':', hex digits and 'x' (0x, 0b), 'e'
   * (exponents), "inf" and "nan", and a timestamp's 'T', 'Z', space and tab.
   */
  private static final String NUMERIC = "0123456789+-_.:abcdefABCDEFxinINTtZ \t";

  /** The tag of a plain scalar starting with a digit, or null when the resolver must tell. */
  private static String startingWithDigit(String value) {
    if (value.length() > 4 && value.charAt(4) == '-' && fourDigits(value)) {
      return null; // may be a timestamp
    }
    boolean digits = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        digits = false;
      }
      if (NUMERIC.indexOf(c) < 0) {
        return STR;
      }
      // after a leading digit, int has no '-', and float has one after its exponent's 'e' only
      if (c == '-' && value.charAt(i - 1) != 'e' && value.charAt(i - 1) != 'E') {
        return STR;
      }
    }
    // "0" or [1-9][0-9]*: int's decimal form (int is the first resolver tried); a leading zero
    // may be octal, or a string ("089")
    return digits && (value.length() == 1 || value.charAt(0) != '0') ? INT : null;
  }

  private static boolean fourDigits(String value) {
    for (int i = 0; i < 4; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static JsonNode integer(String text) {
    String v = text.replace("_", "");
    int sign = 1;
    if (v.startsWith("-") || v.startsWith("+")) {
      sign = v.startsWith("-") ? -1 : 1;
      v = v.substring(1);
    }
    BigInteger n;
    if (v.startsWith("0x")) {
      n = new BigInteger(v.substring(2), 16);
    } else if (v.startsWith("0o")) {
      n = new BigInteger(v.substring(2), 8);
    } else if (v.startsWith("0b")) {
      n = new BigInteger(v.substring(2), 2);
    } else if (v.length() > 1 && v.startsWith("0") && !v.contains(":")) {
      n = new BigInteger(v, 8);
    } else {
      n = new BigInteger(v);
    }
    n = sign < 0 ? n.negate() : n;
    return n.bitLength() < 32
        ? NODES.numberNode(n.intValue())
        : n.bitLength() < 64 ? NODES.numberNode(n.longValue()) : NODES.numberNode(n);
  }
}
