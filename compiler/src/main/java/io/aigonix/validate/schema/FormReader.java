package io.aigonix.validate.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON text of {@link SchemaForm} into plain Java values: maps (in text order), lists,
 * strings, {@link Long} for integer literals within a long, {@link BigDecimal} for other numbers,
 * booleans and {@link #NULL}. A few dozen lines instead of jackson-core's parser: the text is ours
 * and well-formed, and what matters on a cold start is how little runs (issue 15). Malformed text
 * is an {@link IllegalStateException}.
 */
final class FormReader {
  /** JSON's null (a map cannot hold Java's). */
  static final Object NULL = new Object();

  private final String text;
  private int at;

  private FormReader(String text) {
    this.text = text;
  }

  static Object read(String text) {
    FormReader reader = new FormReader(text);
    Object value = reader.value();
    reader.skipSpace();
    if (reader.at != text.length()) {
      throw reader.malformed();
    }
    return value;
  }

  private Object value() {
    skipSpace();
    if (at >= text.length()) {
      throw malformed();
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", NULL);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    at++;
    skipSpace();
    if (peek() == '}') {
      at++;
      return map;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw malformed();
      }
      String key = string();
      skipSpace();
      expect(':');
      map.put(key, value());
      skipSpace();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    at++;
    skipSpace();
    if (peek() == ']') {
      at++;
      return list;
    }
    while (true) {
      list.add(value());
      skipSpace();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() {
    at++;
    int start = at;
    // Most strings have no escape: one substring, no builder.
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"') {
        return text.substring(start, at++);
      }
      if (c == '\\') {
        break;
      }
      at++;
    }
    StringBuilder out = new StringBuilder(text.substring(start, at));
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw malformed();
      }
    }
    throw malformed();
  }

  private Object number() {
    int start = at;
    boolean integral = true;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '.' || c == 'e' || c == 'E') {
        integral = false;
      } else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9'))) {
        break;
      }
      at++;
    }
    String literal = text.substring(start, at);
    try {
      if (integral) {
        return Long.parseLong(literal);
      }
    } catch (NumberFormatException beyondLong) {
      // a big integer: kept exact as a decimal
    }
    try {
      return new BigDecimal(literal);
    } catch (NumberFormatException e) {
      throw malformed();
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw malformed();
    }
    at += word.length();
    return value;
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      at++;
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw malformed();
    }
    at++;
  }

  private IllegalStateException malformed() {
    return new IllegalStateException("malformed schema form at offset " + at);
  }
}
