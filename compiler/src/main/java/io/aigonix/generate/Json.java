package io.aigonix.generate;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runtime's JSON files (SPEC §2.3): pretty-printed with a 2-space indent, {@code "key": value},
 * keys sorted, a final newline. Values are plain Java: maps, lists, strings, numbers, booleans, null.
 */
public final class Json {
  private Json() {}

  public static String pretty(Object value) {
    StringBuilder b = new StringBuilder();
    write(b, value, "");
    return b.append('\n').toString();
  }

  private static void write(StringBuilder b, Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        b.append("{}");
        return;
      }
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put((String) k, v));
      b.append("{\n");
      String inner = indent + "  ";
      boolean first = true;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        b.append(first ? "" : ",\n").append(inner).append(quote(e.getKey())).append(": ");
        write(b, e.getValue(), inner);
        first = false;
      }
      b.append('\n').append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        b.append("[]");
        return;
      }
      b.append("[\n");
      String inner = indent + "  ";
      for (int i = 0; i < list.size(); i++) {
        b.append(i == 0 ? "" : ",\n").append(inner);
        write(b, list.get(i), inner);
      }
      b.append('\n').append(indent).append(']');
    } else if (value instanceof String s) {
      b.append(quote(s));
    } else if (value == null || value instanceof Number || value instanceof Boolean) {
      b.append(value);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static String quote(String s) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
  }

  /** {@code overlay} over {@code base}: objects merged key by key, anything else replaced. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overlay) {
    TreeMap<String, Object> merged = new TreeMap<>(base);
    overlay.forEach((key, value) -> {
      Object old = merged.get(key);
      if (old instanceof Map<?, ?> o && value instanceof Map<?, ?> v) {
        merged.put(key, merge((Map<String, Object>) o, (Map<String, Object>) v));
      } else {
        merged.put(key, value);
      }
    });
    return merged;
  }
}
