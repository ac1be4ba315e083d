package io.aigonix.spec;

public record SealingSpec(String certificate) {}
