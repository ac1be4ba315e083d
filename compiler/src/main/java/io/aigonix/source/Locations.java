package io.aigonix.source;

import java.util.HashMap;
import java.util.Map;

/**
 * Where every node of a document starts: for each JSON pointer the location of its value and, for
 * members of a mapping, of its key. Nodes copied from an alias map to the alias, found through the
 * nearest recorded ancestor.
 */
public final class Locations {
  private final Map<String, Location> values = new HashMap<>();
  private final Map<String, Location> keys = new HashMap<>();

  void putValue(String pointer, Location location) {
    values.putIfAbsent(pointer, location);
  }

  void putKey(String pointer, Location location) {
    keys.putIfAbsent(pointer, location);
  }

  /** The location of the value at {@code pointer}, or of its nearest ancestor that has one. */
  public Location value(String pointer) {
    for (String p = pointer; p != null; p = Pointers.parent(p)) {
      Location found = values.get(p);
      if (found != null) {
        return found;
      }
    }
    return Location.START;
  }

  /** The location of the key of the member at {@code pointer}; the value's location when it has no key. */
  public Location key(String pointer) {
    Location found = keys.get(pointer);
    return found != null ? found : value(pointer);
  }

  public boolean has(String pointer) {
    return values.containsKey(pointer);
  }
}
