package io.aigonix.spec;

/**
 * One environment's value of a {@code secretEnv} key (or the registry's dockerconfigjson): a sealed
 * ciphertext (SPEC §3) or a reference into the environment's secret store (SPEC §8).
 */
public sealed interface SecretValueSpec {
  /** A sealed-secrets ciphertext. */
  record Sealed(String ciphertext) implements SecretValueSpec {}

  /**
   * {@code {ref, property?, version?}}: the remote key is the store's {@code keyPrefix} + {@code
   * ref}.
   */
  record Reference(String ref, String property, String version) implements SecretValueSpec {}
}
