package io.aigonix.source;

import java.util.Set;

/** JSON pointers (RFC 6901) as plain strings: "" is the root, "/a/0/b" a descendant. */
public final class Pointers {
  private Pointers() {}

  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The parent pointer, or null for the root. */
  public static String parent(String pointer) {
    if (pointer.isEmpty()) {
      return null;
    }
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  /** {@code pointer} with each member name in {@code hidden} replaced by {@code placeholder}. */
  static String withoutKeys(String pointer, Set<String> hidden, String placeholder) {
    if (hidden.isEmpty() || pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder shown = new StringBuilder();
    for (String segment : pointer.substring(1).split("/", -1)) {
      String name = segment.replace("~1", "/").replace("~0", "~");
      shown.append('/').append(hidden.contains(name) ? placeholder : segment);
    }
    return shown.toString();
  }
}
