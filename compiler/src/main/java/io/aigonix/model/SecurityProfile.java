package io.aigonix.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SPEC §12: the Pod Security Standard an environment's pods meet, from the weakest to the
 * strictest. The order matters: a Namespace shared by environments gets the weakest of them ({@link
 * #weakest}).
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

  /**
   * The profile a Namespace shared by {@code environments} enforces: the weakest of theirs (an
   * unset one counts as baseline), so that no environment's pods are refused; empty when none of
   * them sets one, which keeps v1's Namespace without the label.
   */
  public static Optional<SecurityProfile> enforced(List<Environment> environments) {
    if (environments.stream().noneMatch(e -> e.securityProfile().isPresent())) {
      return Optional.empty();
    }
    return Optional.of(
        weakest(environments.stream().map(e -> e.securityProfile().orElse(BASELINE)).toList()));
  }
}
