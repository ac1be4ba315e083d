package io.aigonix.model;

/**
 * The External Secrets Operator store an environment's (or the application's) references read from,
 * defaults applied (SPEC §8). The store belongs to the cluster's operators; aigonix only names it.
 */
public record SecretStore(
    String name,
    String kind,
    String refreshInterval,
    String keyPrefix,
    boolean rolloutOnRotation) {}
