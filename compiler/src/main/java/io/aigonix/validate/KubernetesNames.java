package io.aigonix.validate;

import java.util.Optional;

/**
 * The apiserver's name rules, returning why a name breaks them. apimachinery writes them as regular
 * expressions; here they are loops over the characters, as every derived name of a validate passes
 * through them and a regular expression costs a pre-commit hook its compile and, interpreted, a
 * chain of node calls per character (issue 15). {@code KubernetesNamesTest} holds apimachinery's
 * expressions and compares.
 */
public final class KubernetesNames {
  private KubernetesNames() {}

  public static Optional<String> dns1123Subdomain(String name) {
    return check(name, 253, isDns1123Subdomain(name), "lower-case letters, digits, '-' and '.'");
  }

  /** Namespaces: apimachinery {@code IsDNS1123Label}. */
  public static Optional<String> dns1123Label(String name) {
    return check(
        name, 63, isDns1123Label(name, 0, name.length()), "lower-case letters, digits and '-'");
  }

  /** Service names: a DNS-1035 label, so they must also start with a letter. */
  public static Optional<String> dns1035Label(String name) {
    return check(
        name,
        63,
        !name.isEmpty() && lowerLetter(name.charAt(0)) && isDns1123Label(name, 0, name.length()),
        "lower-case letters, digits and '-', starting with a letter");
  }

  public static Optional<String> labelValue(String value) {
    return check(
        value,
        63,
        isLabelValue(value),
        "letters, digits, '-', '_' and '.', starting and ending with a letter or digit");
  }

  /**
   * A name with a length limit below the format's, e.g. StatefulSets whose revision label adds 11
   * characters.
   */
  public static Optional<String> maxLength(String name, int max, String why) {
    return name.length() > max
        ? Optional.of("it is " + name.length() + " characters long; " + why)
        : Optional.empty();
  }

  private static Optional<String> check(String name, int max, boolean matches, String allowed) {
    if (name.length() > max) {
      return Optional.of("it is " + name.length() + " characters long; the limit is " + max);
    }
    if (!matches) {
      return Optional.of("it may only have " + allowed);
    }
    return Optional.empty();
  }

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*} */
  public static boolean isDns1123Subdomain(String name) {
    int start = 0;
    for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', start)) {
      if (!isDns1123Label(name, start, dot)) {
        return false;
      }
      start = dot + 1;
    }
    return isDns1123Label(name, start, name.length());
  }

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} */
  public static boolean isDns1123Label(String name) {
    return isDns1123Label(name, 0, name.length());
  }

  /** {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} on {@code name[from, to)}. */
  private static boolean isDns1123Label(String name, int from, int to) {
    if (from >= to || name.charAt(from) == '-' || name.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = name.charAt(i);
      if (!lowerLetter(c) && !digit(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** {@code (([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?} */
  static boolean isLabelValue(String value) {
    int n = value.length();
    if (n == 0) {
      return true;
    }
    if (!alphanumeric(value.charAt(0)) || !alphanumeric(value.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = value.charAt(i);
      if (!alphanumeric(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean lowerLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean alphanumeric(char c) {
    return lowerLetter(c) || c >= 'A' && c <= 'Z' || digit(c);
  }
}
