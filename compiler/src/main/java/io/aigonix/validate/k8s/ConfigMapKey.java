package io.aigonix.validate.k8s;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A ConfigMap data key: apimachinery {@code pkg/util/validation/validation.go} {@code
 * IsConfigMapKey} (at most 253 characters of {@code [-._a-zA-Z0-9]}) and {@code hasChDirPrefix}
 * (not {@code .}, not {@code ..}, not starting with {@code ..}). The same rule holds for Secret
 * keys.
 */
public final class ConfigMapKey {
  private static final Pattern KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  private ConfigMapKey() {}

  /** Why {@code key} is not a ConfigMap key, or empty. */
  public static Optional<String> problem(String key) {
    if (key.length() > 253) {
      return Optional.of("it is " + key.length() + " characters long; the limit is 253");
    }
    if (!KEY.matcher(key).matches()) {
      return Optional.of("it may only have letters, digits, '-', '_' and '.' (no '/')");
    }
    if (key.equals(".") || key.equals("..") || key.startsWith("..")) {
      return Optional.of("it must not be '.' or '..' or start with '..'");
    }
    return Optional.empty();
  }
}
