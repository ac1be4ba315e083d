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
  private static final java.util.Set<String> CORE_SCALAR_TAGS =
      java.util.Set.of(
          Tag.STR.getValue(),
          Tag.INT.getValue(),
          Tag.FLOAT.getValue(),
          Tag.BOOL.getValue(),
          Tag.NULL.getValue());
  private static final java.util.Set<String> CORE_COLLECTION_TAGS =
      java.util.Set.of(Tag.MAP.getValue(), Tag.SEQ.getValue());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Resolver resolver = new Resolver();
  private ScalarEvent lastEvent;
  private Tag lastTag;

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
    Tag tag = tagOf(event);
    try {
      if (Tag.NULL.equals(tag)) {
        return NODES.nullNode();
      } else if (Tag.BOOL.equals(tag)) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return NODES.booleanNode(
            v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
      } else if (Tag.INT.equals(tag)) {
        return integer(value);
      } else if (Tag.FLOAT.equals(tag)) {
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
    Tag tag = tagOf(event);
    if (Tag.FLOAT.equals(tag)
        && value.toLowerCase(java.util.Locale.ROOT).matches("[-+]?\\.(inf|nan)")) {
      return java.util.Optional.of(
          "'" + value + "' is infinity or not-a-number, which JSON cannot hold");
    }
    if (explicit != null
            && (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag))
            && resolve(event).isTextual()
        || Tag.BOOL.equals(tag)
            && !value.toLowerCase(java.util.Locale.ROOT).matches("true|false|yes|no|on|off|y|n")
        || Tag.NULL.equals(tag) && !value.matches("|~|null|Null|NULL")) {
      // the value is not quoted: it may be anything, a secret included (a value is never shown)
      return java.util.Optional.of(
          "the value does not fit the tag '" + shortTag(tag.getValue()) + "'");
    }
    return java.util.Optional.empty();
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
  private Tag tagOf(ScalarEvent event) {
    if (event != lastEvent) {
      lastTag = resolveTag(event);
      lastEvent = event;
    }
    return lastTag;
  }

  private Tag resolveTag(ScalarEvent event) {
    String explicit = event.getTag();
    if (explicit != null && !explicit.equals("!")) {
      return new Tag(explicit);
    }
    if (!event.getImplicit().canOmitTagInPlainScalar()) {
      return Tag.STR;
    }
    return plainTag(event.getValue());
  }

  /**
   * The characters SnakeYAML's implicit resolvers start with (bool, int, float, merge, null,
   * timestamp, yaml; null also matches one space); a plain scalar starting with any other resolves
   * to a string.
   */
  private static final String RESOLVED_FIRST = "yYnNtTfFoO-+0123456789.<~\0!&* ";

  /**
   * The tag SnakeYAML's resolver gives a plain scalar, without its regular expressions for most
   * scalars of a dump: another first character, or a word longer than the longest bool or null
   * ("false"), can only be a string.
   */
  Tag plainTag(String value) {
    if (!value.isEmpty()) {
      char c = value.charAt(0);
      if (RESOLVED_FIRST.indexOf(c) < 0 || value.length() > 5 && Character.isLetter(c)) {
        return Tag.STR;
      }
    }
    return resolver.resolve(NodeId.scalar, value, true);
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
