package io.aigonix.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where every node of a document is: for each JSON pointer the {@link Span} of its value, which
 * holds its line and column, its offsets and style and, for members of a mapping, its key's. Nodes
 * copied from an alias map to the alias, found through the nearest recorded ancestor.
 */
public final class Locations {
  private final Map<String, Span> spans = new HashMap<>();

  /**
   * Records the span of the node at {@code pointer}; false when one is there already (a duplicate
   * key).
   */
  boolean put(String pointer, Span span) {
    return spans.putIfAbsent(pointer, span) == null;
  }

  /** The location of the value at {@code pointer}, or of its nearest ancestor that has one. */
  public Location value(String pointer) {
    for (String p = pointer; p != null; p = Pointers.parent(p)) {
      Span found = spans.get(p);
      if (found != null) {
        return found.at();
      }
    }
    return Location.START;
  }

  /**
   * The location of the key of the member at {@code pointer}; the value's location when it has no
   * key.
   */
  public Location key(String pointer) {
    Span found = spans.get(pointer);
    return found != null && found.isMember() ? found.keyAt() : value(pointer);
  }

  public boolean has(String pointer) {
    return spans.containsKey(pointer);
  }

  /**
   * The span of the node written at {@code pointer}; empty for nodes that are copies (aliases,
   * merges).
   */
  public Optional<Span> span(String pointer) {
    return Optional.ofNullable(spans.get(pointer));
  }
}
