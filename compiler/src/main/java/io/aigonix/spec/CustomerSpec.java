package io.aigonix.spec;

public record CustomerSpec(String name, String id, String securityProfile) {}
