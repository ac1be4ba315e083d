package io.aigonix.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.diag.Severity;
import io.aigonix.source.Location;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.Pointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Turns one networknt message into a diagnostic in our words, at the node it is about. */
final class SchemaMessageTranslator {
  private final ParsedSource source;
  private final JsonNode schemaRoot;

  SchemaMessageTranslator(ParsedSource source, JsonNode schemaRoot) {
    this.source = source;
    this.schemaRoot = schemaRoot;
  }

  Optional<Diagnostic> translate(ValidationMessage m) {
    String at = m.getInstanceLocation().toString();
    JsonNode keywordSchema = schemaAt(m);
    return Optional.of(
        switch (m.getType()) {
          case "additionalProperties" -> unknownProperty(at, m.getProperty(), keywordSchema);
          case "required" ->
              diagnostic(
                  Code.MISSING_PROPERTY,
                  at,
                  source.locations().value(at),
                  "missing required property '" + m.getProperty() + "'",
                  describe(propertySchema(keywordSchema, m.getProperty())));
          case "type" -> wrongType(at, m);
          case "enum" ->
              diagnostic(
                  Code.VALUE_NOT_ALLOWED,
                  at,
                  source.locations().value(at),
                  "value " + shownValue(m.getInstanceNode(), at) + " is not allowed here",
                  "allowed: " + join(m.getSchemaNode()));
          case "const" ->
              diagnostic(
                  Code.VALUE_NOT_ALLOWED,
                  at,
                  source.locations().value(at),
                  "value " + shownValue(m.getInstanceNode(), at) + " is not allowed here",
                  "expected " + shown(m.getSchemaNode()));
          case "oneOf", "anyOf" ->
              diagnostic(
                  Code.VALUE_NOT_ALLOWED,
                  at,
                  source.locations().value(at),
                  "this value has none of the allowed shapes",
                  describe(keywordSchema));
          default ->
              diagnostic(
                  Code.SCHEMA_CONSTRAINT,
                  at,
                  source.locations().value(at),
                  withoutAliasKey(stripPointer(m.getMessage()), m),
                  describe(keywordSchema));
        });
  }

  /**
   * A failed oneOf also reports why each alternative failed; the oneOf diagnostic says it better.
   * Sets, not scans: an input with many errors must stay linear.
   */
  List<Diagnostic> withoutNoise(List<Diagnostic> diagnostics) {
    Set<String> shapes = new HashSet<>();
    diagnostics.stream()
        .filter(SchemaMessageTranslator::isShape)
        .forEach(d -> shapes.add(d.pointer()));
    Set<String> seen = new HashSet<>();
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      boolean underShape = !isShape(d) && underAny(d.pointer(), shapes);
      if (!underShape && seen.add(d.pointer() + '\n' + d.message())) {
        kept.add(d);
      }
    }
    return kept;
  }

  private static boolean isShape(Diagnostic d) {
    return d.code() == Code.VALUE_NOT_ALLOWED && d.message().startsWith("this value has none");
  }

  private static boolean underAny(String pointer, Set<String> shapes) {
    for (String p = pointer; p != null && !shapes.isEmpty(); p = Pointers.parent(p)) {
      if (shapes.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private Diagnostic unknownProperty(String at, String property, JsonNode objectSchema) {
    String pointer = Pointers.child(at, property);
    TreeSet<String> allowed = new TreeSet<>();
    JsonNode properties = objectSchema == null ? null : objectSchema.get("properties");
    if (properties != null) {
      properties.fieldNames().forEachRemaining(allowed::add);
    }
    // a key an alias wrote is the anchored value, maybe a secret: neither shown nor matched
    boolean quotable = QuotableValue.isQuotableKey(source, property);
    String listed = allowed.isEmpty() ? "" : "allowed here: " + String.join(", ", allowed);
    String hint =
        quotable
            ? Suggestions.closest(property, allowed)
                .map(s -> "did you mean '" + s + "'?")
                .orElse(listed)
            : listed;
    return diagnostic(
        Code.UNKNOWN_PROPERTY,
        pointer,
        source.locations().key(pointer),
        "unknown property '" + QuotableValue.shownKey(source, property) + "'",
        hint);
  }

  private Diagnostic wrongType(String at, ValidationMessage m) {
    String found = typeOf(m.getInstanceNode());
    JsonNode schemaNode = m.getSchemaNode();
    JsonNode expectedNode =
        schemaNode == null
            ? null
            : schemaNode.isTextual() || schemaNode.isArray() ? schemaNode : schemaNode.get("type");
    String expected =
        expectedNode == null
            ? "another type"
            : expectedNode.isArray() ? join(expectedNode) : expectedNode.asText();
    String hint =
        expected.equals("string") && !found.equals("object") && !found.equals("array")
            ? "quote the value to make it a string"
            : describe(schemaAt(m));
    return diagnostic(
        Code.WRONG_TYPE,
        at,
        source.locations().value(at),
        "expected " + expected + ", found " + found,
        hint);
  }

  /** The schema object that holds the failing keyword. */
  private JsonNode schemaAt(ValidationMessage m) {
    String fragment = m.getSchemaLocation().getFragment().toString();
    String parent = Pointers.parent(fragment);
    if (parent == null) {
      return schemaRoot;
    }
    JsonNode node = schemaRoot.at(parent);
    return node.isMissingNode() ? null : node;
  }

  private static JsonNode propertySchema(JsonNode objectSchema, String property) {
    return objectSchema == null ? null : objectSchema.path("properties").get(property);
  }

  private String describe(JsonNode schema) {
    if (schema == null) {
      return "";
    }
    JsonNode resolved = schema;
    if (schema.has("$ref") && !schema.has("description")) {
      String ref = schema.get("$ref").asText();
      resolved = ref.startsWith("#") ? schemaRoot.at(ref.substring(1)) : schema;
    }
    JsonNode description = resolved.get("description");
    return description == null ? "" : description.asText();
  }

  private Diagnostic diagnostic(
      Code code, String pointer, Location at, String message, String hint) {
    return new Diagnostic(
        code,
        Severity.ERROR,
        message,
        source.displayName(),
        at.line(),
        at.column(),
        QuotableValue.pointer(source, pointer),
        hint);
  }

  private static String typeOf(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    return switch (node.getNodeType()) {
      case OBJECT -> "object";
      case ARRAY -> "array";
      case STRING -> "string";
      case BOOLEAN -> "boolean";
      case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /**
   * A user's value as {@link #shown}, but only named by type where a secret could be ({@link
   * QuotableValue}): the place must be safe, and the value written there. A value an alias or a
   * merge key copied in was written elsewhere, maybe where a secret goes (found by FuzzTest: {@code
   * <<: [{apiVersion: <secret>}]} showed it in the message about apiVersion).
   */
  private String shownValue(JsonNode node, String pointer) {
    return QuotableValue.isQuotable(source, pointer) ? shown(node) : typeOf(node);
  }

  /**
   * networknt's own message without the key an alias wrote: {@code propertyNames} quotes the key
   * ("property 'x' name is not valid"), and {@code *password: ...} makes a secret a key.
   */
  private String withoutAliasKey(String message, ValidationMessage m) {
    List<Object> quoted = new ArrayList<>();
    quoted.add(m.getProperty());
    if (m.getArguments() != null) {
      quoted.addAll(java.util.Arrays.asList(m.getArguments()));
    }
    String shown = message;
    for (Object q : quoted) {
      if (q != null && !QuotableValue.isQuotableKey(source, q.toString())) {
        shown = shown.replace("'" + q + "'", "'" + QuotableValue.HIDDEN + "'");
      }
    }
    return shown;
  }

  /** A short rendering of a scalar for messages; structures are only named by type. */
  private static String shown(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      String text = node.asText();
      return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
    return node.isValueNode() ? node.asText() : typeOf(node);
  }

  private static String join(JsonNode values) {
    List<String> parts = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> parts.add(v.isTextual() ? v.asText() : v.toString()));
    }
    return String.join(", ", parts);
  }

  /** networknt prefixes messages with the instance pointer; the diagnostic has its own location. */
  private static String stripPointer(String message) {
    int colon = message.indexOf(": ");
    return colon >= 0 && message.startsWith("/") || message.startsWith(": ")
        ? message.substring(colon + 2)
        : message;
  }
}
