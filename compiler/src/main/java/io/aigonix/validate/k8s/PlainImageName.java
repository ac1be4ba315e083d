package io.aigonix.validate.k8s;

/**
 * The common image reference read without {@link ImageReference}'s grammar: {@code
 * [domain[:port]/]path[:tag]} with no digest and no IPv6 address. Where this reads a name, the
 * grammar matches the whole reference with that name; anything else (a digest, brackets, a shape
 * this does not know) is left to the grammar. ShapeLoopsTest checks both on generated references.
 */
final class PlainImageName {
  private PlainImageName() {}

  /** The repository name of a plain reference (the grammar's first group), or null. */
  static String of(String image) {
    if (image.indexOf('@') >= 0 || image.indexOf('[') >= 0) {
      return null;
    }
    int colon = image.lastIndexOf(':');
    int slash = image.lastIndexOf('/');
    // a ':' after the last '/' starts the tag: a port is always followed by a '/'
    String name = colon > slash ? image.substring(0, colon) : image;
    if (colon > slash && !isTag(image, colon + 1)) {
      return null;
    }
    int first = name.indexOf('/');
    if (first < 0) {
      return isPath(name, 0, name.length()) ? name : null;
    }
    boolean rest = true;
    for (int from = first + 1, to; from <= name.length(); from = to + 1) {
      to = name.indexOf('/', from);
      to = to < 0 ? name.length() : to;
      rest &= isPath(name, from, to);
    }
    boolean firstOk = isPath(name, 0, first) || isDomainAndPort(name, 0, first);
    return rest && firstOk ? name : null;
  }

  /** {@code [\w][\w.-]{0,127}} from {@code from} to the end. */
  private static boolean isTag(String s, int from) {
    int length = s.length() - from;
    if (length < 1 || length > 128 || !word(s.charAt(from))) {
      return false;
    }
    for (int i = from + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(word(c) || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A path component: {@code [a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*}, lower-case letters and
   * digits joined by '.', '_', '__' or a run of '-'.
   */
  private static boolean isPath(String s, int from, int to) {
    if (from >= to || !lowerAlphanumeric(s.charAt(from)) || !lowerAlphanumeric(s.charAt(to - 1))) {
      return false;
    }
    int separator = -1;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (lowerAlphanumeric(c)) {
        if (separator >= 0 && !isSeparator(s.substring(separator, i))) {
          return false;
        }
        separator = -1;
      } else if (separator < 0) {
        separator = i;
      }
    }
    return true;
  }

  private static boolean isSeparator(String s) {
    if (s.equals(".") || s.equals("_") || s.equals("__")) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * A domain name and an optional port: components of letters, digits and inner '-', joined by '.',
   * then {@code :[0-9]+}.
   */
  private static boolean isDomainAndPort(String s, int from, int to) {
    int colon = s.indexOf(':', from);
    int end = colon >= 0 && colon < to ? colon : to;
    if (end < to) {
      if (end + 1 == to) {
        return false;
      }
      for (int i = end + 1; i < to; i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
    }
    for (int start = from, stop; start <= end; start = stop + 1) {
      stop = s.indexOf('.', start);
      stop = stop < 0 || stop > end ? end : stop;
      if (!isDomainComponent(s, start, stop)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDomainComponent(String s, int from, int to) {
    if (from >= to || !alphanumeric(s.charAt(from)) || !alphanumeric(s.charAt(to - 1))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!(alphanumeric(s.charAt(i)) || s.charAt(i) == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean lowerAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  private static boolean alphanumeric(char c) {
    return lowerAlphanumeric(c) || c >= 'A' && c <= 'Z';
  }

  private static boolean word(char c) {
    return alphanumeric(c) || c == '_';
  }
}
