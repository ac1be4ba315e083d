package io.aigonix.model;

import java.util.Collection;
import java.util.Locale;

/**
 * SPEC §12: the Pod Security Standard an environment's pods meet, from the weakest to the strictest. The
 * order matters: a Namespace shared by environments gets the weakest of them ({@link #weakest}).
 */
public enum SecurityProfile {
  BASELINE,
  RESTRICTED;

  /** The value of the Namespace label {@code pod-security.kubernetes.io/enforce}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static SecurityProfile of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  public static SecurityProfile weakest(Collection<SecurityProfile> profiles) {
    return profiles.stream().min(Enum::compareTo).orElse(BASELINE);
  }
}
