package io.aigonix.model;

import java.util.Optional;

/**
 * A secret value as compiled: a ciphertext for a SealedSecret, or a remote key for an
 * ExternalSecret.
 */
public sealed interface SecretValue {
  record Sealed(String ciphertext) implements SecretValue {}

  /**
   * {@code key} is the remote key in the store: the store's {@code keyPrefix} + the written {@code
   * ref}.
   */
  record Reference(String key, Optional<String> property, Optional<String> version)
      implements SecretValue {}
}
