package io.aigonix.source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where every node of a document is: for each JSON pointer the {@link Span} of its value, which
 * holds its line and column, its offsets and style and, for members of a mapping, its key's. Nodes
 * copied from an alias map to the alias, found through the nearest recorded ancestor. It also knows
 * the keys an alias wrote ({@code *a: x}), whose text is the anchored value's.
 */
public final class Locations {
  /** What a pointer shows in place of a key an alias wrote. */
  public static final String HIDDEN_KEY = "<redacted>";

  private final Map<String, Span> spans = new HashMap<>();
  private final Set<String> aliasKeys;

  Locations() {
    this(new HashSet<>());
  }

  /**
   * @param aliasKeys the document's keys an alias wrote, filled in as the reader finds them
   */
  Locations(Set<String> aliasKeys) {
    this.aliasKeys = aliasKeys;
  }

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

  /**
   * Whether an alias wrote {@code key} somewhere in the document ({@code *a: x}, also where a merge
   * key or an alias copied that member): the key's text is then the anchored value, which may have
   * been written where a secret goes, so no message repeats it. Keys written as text are shown, as
   * quoted lines show them.
   */
  public boolean isAliasKey(String key) {
    return !aliasKeys.isEmpty() && aliasKeys.contains(key);
  }

  /**
   * {@code pointer} as a diagnostic may carry it: each key an alias wrote replaced by {@link
   * #HIDDEN_KEY}.
   */
  public String shownPointer(String pointer) {
    return Pointers.withoutKeys(pointer, aliasKeys, HIDDEN_KEY);
  }
}
