package io.aigonix.validate.k8s;

import java.util.Optional;

/**
 * A ConfigMap data key: apimachinery {@code pkg/util/validation/validation.go} {@code
 * IsConfigMapKey} (at most 253 characters of {@code [-._a-zA-Z0-9]}) and {@code hasChDirPrefix}
 * (not {@code .}, not {@code ..}, not starting with {@code ..}). The same rule holds for Secret
 * keys.
 */
public final class ConfigMapKey {

  private ConfigMapKey() {}

  /** Why {@code key} is not a ConfigMap key, or empty. */
  public static Optional<String> problem(String key) {
    if (key.length() > 253) {
      return Optional.of("it is " + key.length() + " characters long; the limit is 253");
    }
    if (!isKeyCharacters(key)) {
      return Optional.of("it may only have letters, digits, '-', '_' and '.' (no '/')");
    }
    if (key.equals(".") || key.equals("..") || key.startsWith("..")) {
      return Optional.of("it must not be '.' or '..' or start with '..'");
    }
    return Optional.empty();
  }

  /**
   * {@code [-._a-zA-Z0-9]+} as a loop (an expression would be compiled on every start; {@code
   * ShapeLoopsTest} keeps it as the oracle); env names are such keys too (EnvNameRule).
   */
  public static boolean isKeyCharacters(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '-'
          || c == '.'
          || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
