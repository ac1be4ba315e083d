package io.aigonix.source;

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
}
