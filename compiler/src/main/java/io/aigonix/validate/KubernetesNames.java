package io.aigonix.validate;

import java.util.Optional;
import java.util.regex.Pattern;

/** The apiserver's name rules, returning why a name breaks them. */
public final class KubernetesNames {
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

  private KubernetesNames() {}

  public static Optional<String> dns1123Subdomain(String name) {
    return check(name, 253, DNS1123_SUBDOMAIN, "lower-case letters, digits, '-' and '.'");
  }

  /** Namespaces: apimachinery {@code IsDNS1123Label}. */
  public static Optional<String> dns1123Label(String name) {
    return check(name, 63, DNS1123_LABEL, "lower-case letters, digits and '-'");
  }

  /** Service names: a DNS-1035 label, so they must also start with a letter. */
  public static Optional<String> dns1035Label(String name) {
    return check(
        name, 63, DNS1035_LABEL, "lower-case letters, digits and '-', starting with a letter");
  }

  public static Optional<String> labelValue(String value) {
    return check(
        value,
        63,
        LABEL_VALUE,
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

  private static Optional<String> check(String name, int max, Pattern pattern, String allowed) {
    if (name.length() > max) {
      return Optional.of("it is " + name.length() + " characters long; the limit is " + max);
    }
    if (!pattern.matcher(name).matches()) {
      return Optional.of("it may only have " + allowed);
    }
    return Optional.empty();
  }
}
