package io.aigonix.model;

import io.aigonix.spec.SecretValueSpec;
import java.util.Optional;

/**
 * Written secret value → compiled one: a reference's remote key gets the store's prefix (SPEC §8).
 */
final class SecretValues {
  private SecretValues() {}

  static SecretValue of(SecretValueSpec value, String keyPrefix) {
    if (value instanceof SecretValueSpec.Reference r) {
      return new SecretValue.Reference(
          keyPrefix + r.ref(), Optional.ofNullable(r.property()), Optional.ofNullable(r.version()));
    }
    return new SecretValue.Sealed(((SecretValueSpec.Sealed) value).ciphertext());
  }
}
