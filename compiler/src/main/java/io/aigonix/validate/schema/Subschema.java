package io.aigonix.validate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One compiled schema object (or boolean schema) of the keywords {@link FormCompiler} accepts, and
 * the question it answers: does a node conform? Each keyword is judged as networknt 1.5.6 judges it
 * with SchemaValidator's configuration (not as the spec's text might be read): a type {@code
 * integer} takes 1.0, lengths count code points, a pattern is {@code java.util.regex}'s {@code
 * find()}, {@code additionalProperties} lets names starting with {@code #} through, an enum or
 * const of strings equals text nodes only, a bound under {@code type: integer} compares {@code
 * asLong()}. A node it cannot classify, or anything that throws, is a {@link Refusal}: the caller
 * then asks networknt.
 */
final class Subschema {
  static final int NULL = 1;
  static final int BOOLEAN = 2;
  static final int OBJECT = 4;
  static final int ARRAY = 8;
  static final int NUMBER = 16;
  static final int STRING = 32;
  static final int INTEGER = 64;

  /** A boolean schema's answer, or null for a schema object. */
  Boolean constant;

  /** Set after the whole form is compiled: a {@code $ref} may point at a later definition. */
  Subschema ref;

  /** Bits of the types allowed, 0 when there is no {@code type}. */
  int types;

  String constText;
  Set<String> enumTexts;

  int minLength = -1;
  int maxLength = -1;
  String patternText;
  int knownPattern = KnownPatterns.UNKNOWN; // the loop for patternText, if it has one
  private Pattern pattern;

  Bound minimum;
  Bound maximum;

  String[] required;
  Map<String, Subschema> properties;

  /** {@code additionalProperties}: null when absent; a boolean schema for true or false. */
  Subschema additional;

  Subschema propertyNames;
  int minProperties = -1;

  Subschema items;
  int minItems = -1;
  boolean uniqueItems;

  Subschema[] oneOf;
  Subschema[] anyOf;

  boolean conforms(JsonNode node) {
    if (constant != null) {
      return constant;
    }
    int kind = kindOf(node);
    if (ref != null && !ref.conforms(node)) {
      return false;
    }
    if (types != 0 && !typeMatches(kind, node)) {
      return false;
    }
    if (constText != null && !(node instanceof TextNode && constText.equals(node.textValue()))) {
      return false;
    }
    if (enumTexts != null && !(node instanceof TextNode && enumTexts.contains(node.textValue()))) {
      return false;
    }
    boolean kindConforms;
    switch (kind) {
      case STRING:
        kindConforms = stringConforms(node.textValue());
        break;
      case INTEGER:
      case NUMBER:
        kindConforms =
            (minimum == null || !minimum.crossed(node, -1))
                && (maximum == null || !maximum.crossed(node, 1));
        break;
      case OBJECT:
        kindConforms = objectConforms(node) && uniqueConforms(node);
        break;
      case ARRAY:
        kindConforms = arrayConforms(node) && uniqueConforms(node);
        break;
      default:
        kindConforms = true;
    }
    return kindConforms && combinationsConform(node);
  }

  private boolean stringConforms(String text) {
    if (minLength >= 0 || maxLength >= 0) {
      int length = text.codePointCount(0, text.length());
      if ((minLength >= 0 && length < minLength) || (maxLength >= 0 && length > maxLength)) {
        return false;
      }
    }
    if (patternText != null) {
      if (knownPattern != KnownPatterns.UNKNOWN) {
        return KnownPatterns.find(knownPattern, text);
      }
      if (pattern == null) {
        pattern = Pattern.compile(patternText); // when first reached: few documents reach them all
      }
      return pattern.matcher(text).find();
    }
    return true;
  }

  private boolean objectConforms(JsonNode node) {
    if (minProperties >= 0 && node.size() < minProperties) {
      return false;
    }
    if (required != null) {
      for (String name : required) {
        if (node.get(name) == null) {
          return false;
        }
      }
    }
    if (properties != null || additional != null || propertyNames != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String name = field.getKey();
        Subschema declared = properties == null ? null : properties.get(name);
        if (declared != null) {
          if (!declared.conforms(field.getValue())) {
            return false;
          }
        } else if (additional != null
            && !name.startsWith("#")
            && !additional.conforms(field.getValue())) {
          return false;
        }
        if (propertyNames != null && !propertyNames.conforms(TextNode.valueOf(name))) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean arrayConforms(JsonNode node) {
    if (minItems >= 0 && node.size() < minItems) {
      return false;
    }
    if (items != null) {
      for (JsonNode item : node) {
        if (!items.conforms(item)) {
          return false;
        }
      }
    }
    return true;
  }

  /** networknt iterates any node here: an object's values too. */
  private boolean uniqueConforms(JsonNode node) {
    if (uniqueItems) {
      Set<JsonNode> seen = new HashSet<>();
      for (JsonNode item : node) {
        if (!seen.add(item)) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean combinationsConform(JsonNode node) {
    if (anyOf != null) {
      boolean any = false;
      for (Subschema option : anyOf) {
        if (option.conforms(node)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    if (oneOf != null) {
      int matched = 0;
      for (Subschema option : oneOf) {
        if (option.conforms(node) && ++matched > 1) {
          return false;
        }
      }
      return matched == 1;
    }
    return true;
  }

  private boolean typeMatches(int kind, JsonNode node) {
    if ((types & kind) != 0) {
      return true;
    }
    if (kind == INTEGER && (types & NUMBER) != 0) {
      return true;
    }
    // networknt: a number with an integral value is an integer from draft 6 on
    return kind == NUMBER && (types & INTEGER) != 0 && node.canConvertToExactIntegral();
  }

  /** networknt's JsonType of the node; a node it has no JSON type for is refused. */
  static int kindOf(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return OBJECT;
      case ARRAY:
        return ARRAY;
      case STRING:
        return STRING;
      case NUMBER:
        return node.isIntegralNumber() ? INTEGER : NUMBER;
      case BOOLEAN:
        return BOOLEAN;
      case NULL:
        return NULL;
      default: // binary (networknt's pattern would see base64), missing, POJO
        throw Refusal.INSTANCE;
    }
  }

  /**
   * {@code minimum} or {@code maximum} in a schema of {@code type: integer}, compared as networknt
   * compares a long bound there: a big integer exactly, any other number by {@code asLong()} (so
   * 0.5 is 0 and 1e30 is Long.MAX_VALUE).
   */
  static final class Bound {
    private final long value;

    Bound(long value) {
      this.value = value;
    }

    /** Whether the node is below ({@code side} -1) or above (+1) the bound. */
    boolean crossed(JsonNode node, int side) {
      int compare =
          node.isBigInteger()
              ? node.bigIntegerValue().compareTo(BigInteger.valueOf(value))
              : Long.compare(node.asLong(), value);
      return side < 0 ? compare < 0 : compare > 0;
    }
  }

  /** The evaluator meets something it does not decide; thrown without a stack trace. */
  static final class Refusal extends RuntimeException {
    static final Refusal INSTANCE = new Refusal();

    private Refusal() {
      super("refused", null, false, false);
    }
  }
}
