package io.aigonix.validate.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a JSON Schema 2020-12 document (as {@link FormReader} reads it) into {@link Subschema}s,
 * for exactly the keywords aigonix's schema uses. Any other keyword, a {@code $ref} that is not
 * {@code #/$defs/name}, or a keyword's value in a form whose networknt semantics {@link Subschema}
 * does not reproduce (an enum of numbers, a bound that is not a long under {@code type: integer})
 * is an {@link IllegalStateException}: growing the schema past what the evaluator decides must fail
 * the build (SchemaCheckTest), never weaken a verdict.
 */
final class FormCompiler {
  /** Keywords that only annotate: networknt reports nothing for them. */
  static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "$comment", "title", "description", "examples", "default");

  private static final Subschema TRUE = constant(true);
  private static final Subschema FALSE = constant(false);
  private static final String DEFS = "#/$defs/";

  private final Map<String, Subschema> definitions = new HashMap<>();
  private final List<Subschema> referring = new ArrayList<>();
  private final List<String> targets = new ArrayList<>();

  private FormCompiler() {}

  static Subschema compile(Object document) {
    FormCompiler compiler = new FormCompiler();
    Map<String, Object> root = map(document, "the schema");
    Object defs = root.get("$defs");
    if (defs != null) {
      for (Map.Entry<String, Object> def : map(defs, "$defs").entrySet()) {
        compiler.definitions.put(def.getKey(), compiler.schema(def.getValue()));
      }
    }
    Subschema compiled = compiler.schema(root, true);
    for (int i = 0; i < compiler.referring.size(); i++) {
      Subschema target = compiler.definitions.get(compiler.targets.get(i));
      if (target == null) {
        throw unsupported("$ref to a missing definition: " + compiler.targets.get(i));
      }
      compiler.referring.get(i).ref = target;
    }
    return compiled;
  }

  private Subschema schema(Object value) {
    return schema(value, false);
  }

  private Subschema schema(Object value, boolean root) {
    if (value instanceof Boolean) {
      return (Boolean) value ? TRUE : FALSE;
    }
    Map<String, Object> keywords = map(value, "a schema");
    Subschema s = new Subschema();
    Object type = keywords.get("type");
    for (Map.Entry<String, Object> keyword : keywords.entrySet()) {
      Object v = keyword.getValue();
      switch (keyword.getKey()) {
        case "$defs" -> {
          if (!root) {
            throw unsupported("$defs below the root");
          }
          // compiled first, by compile(): the targets of "#/$defs/name"
        }
        case "$ref" -> ref(s, text(v, "$ref"));
        case "type" -> s.types = types(v);
        case "const" -> s.constText = text(v, "const (only a string is decided)");
        case "enum" -> {
          if ("object".equals(type)) {
            // networknt skips the type check of such a schema when reached through a $ref
            throw unsupported("enum in a schema of type object");
          }
          s.enumTexts = new HashSet<>();
          for (Object option : list(v, "enum")) {
            s.enumTexts.add(text(option, "enum (only strings are decided)"));
          }
        }
        case "minLength" -> s.minLength = count(v, "minLength");
        case "maxLength" -> s.maxLength = count(v, "maxLength");
        case "pattern" -> {
          s.patternText = text(v, "pattern");
          s.knownPattern = KnownPatterns.of(s.patternText);
        }
        case "minimum" -> s.minimum = bound(v, type, "minimum");
        case "maximum" -> s.maximum = bound(v, type, "maximum");
        case "required" -> {
          List<Object> names = list(v, "required");
          s.required = new String[names.size()];
          for (int i = 0; i < names.size(); i++) {
            s.required[i] = text(names.get(i), "required");
          }
        }
        case "properties" -> {
          s.properties = new LinkedHashMap<>();
          for (Map.Entry<String, Object> property : map(v, "properties").entrySet()) {
            s.properties.put(property.getKey(), schema(property.getValue()));
          }
        }
        case "additionalProperties" -> s.additional = schema(v);
        case "propertyNames" -> s.propertyNames = schema(v);
        case "minProperties" -> s.minProperties = count(v, "minProperties");
        case "items" -> s.items = schema(v);
        case "minItems" -> s.minItems = count(v, "minItems");
        case "uniqueItems" -> {
          if (!(v instanceof Boolean)) {
            throw unsupported("uniqueItems that is not a boolean");
          }
          s.uniqueItems = (Boolean) v;
        }
        case "oneOf" -> s.oneOf = schemas(v, "oneOf");
        case "anyOf" -> s.anyOf = schemas(v, "anyOf");
        default -> {
          if (!ANNOTATIONS.contains(keyword.getKey())) {
            throw unsupported("the keyword " + keyword.getKey());
          }
        }
      }
    }
    return s;
  }

  private void ref(Subschema s, String target) {
    String name = target.startsWith(DEFS) ? target.substring(DEFS.length()) : "";
    if (name.isEmpty() || name.contains("/") || name.contains("~") || name.contains("%")) {
      throw unsupported("$ref " + target);
    }
    referring.add(s);
    targets.add(name);
  }

  private Subschema[] schemas(Object value, String keyword) {
    List<Object> options = list(value, keyword);
    if (options.isEmpty()) {
      throw unsupported("an empty " + keyword);
    }
    Subschema[] compiled = new Subschema[options.size()];
    for (int i = 0; i < compiled.length; i++) {
      compiled[i] = schema(options.get(i));
    }
    return compiled;
  }

  private static int types(Object value) {
    if (value instanceof String) {
      return type((String) value);
    }
    int types = 0;
    for (Object name : list(value, "type")) {
      types |= type(text(name, "type"));
    }
    if (types == 0) {
      throw unsupported("an empty type");
    }
    return types;
  }

  private static int type(String name) {
    return switch (name) {
      case "null" -> Subschema.NULL;
      case "boolean" -> Subschema.BOOLEAN;
      case "object" -> Subschema.OBJECT;
      case "array" -> Subschema.ARRAY;
      case "number" -> Subschema.NUMBER;
      case "string" -> Subschema.STRING;
      case "integer" -> Subschema.INTEGER;
      default -> throw unsupported("the type " + name);
    };
  }

  /** networknt compares a long bound with asLong() only in a schema whose type is "integer". */
  private static Subschema.Bound bound(Object value, Object type, String keyword) {
    if (!(value instanceof Long) || !"integer".equals(type)) {
      throw unsupported(keyword + " other than a long in a schema of type integer");
    }
    return new Subschema.Bound((Long) value);
  }

  private static int count(Object value, String keyword) {
    if (!(value instanceof Long) || (Long) value < 0 || (Long) value > Integer.MAX_VALUE) {
      throw unsupported(keyword + " that is not a non-negative int");
    }
    return (int) (long) (Long) value;
  }

  private static String text(Object value, String what) {
    if (!(value instanceof String)) {
      throw unsupported(what + " that is not a string");
    }
    return (String) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String what) {
    if (!(value instanceof Map)) {
      throw unsupported(what + " that is not an object");
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value, String what) {
    if (!(value instanceof List)) {
      throw unsupported(what + " that is not an array");
    }
    return (List<Object>) value;
  }

  private static Subschema constant(boolean answer) {
    Subschema s = new Subschema();
    s.constant = answer;
    return s;
  }

  private static IllegalStateException unsupported(String what) {
    return new IllegalStateException("the schema evaluator does not implement " + what);
  }
}
