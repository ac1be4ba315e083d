package io.aigonix.spec;

/**
 * {@code secretStore} as written on an application or an environment (SPEC §8): the External
 * Secrets Operator store aigonix refers to (it never creates one). Null means "not given here".
 */
public record SecretStoreSpec(
    String name,
    String kind,
    String refreshInterval,
    String keyPrefix,
    Boolean rolloutOnRotation) {}
