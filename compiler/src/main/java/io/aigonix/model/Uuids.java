package io.aigonix.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/** Name-based UUIDs, version 5 (SHA-1), as RFC 9562 §5.5 defines them. Written lower-case. */
public final class Uuids {
  /** The namespace of every id aigonix derives (SPEC §1.3). */
  public static final UUID AIGONIX_NAMESPACE =
      UUID.fromString("2b3e6a8c-6d2f-5b1a-9c4e-aa1f0e7d9c10");

  private Uuids() {}

  public static String v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    sha1.update(name.getBytes(StandardCharsets.UTF_8));
    byte[] hash = sha1.digest();
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong()).toString().toLowerCase(Locale.ROOT);
  }

  /** An aigonix id: v5 in {@link #AIGONIX_NAMESPACE}. */
  public static String derive(String name) {
    return v5(AIGONIX_NAMESPACE, name);
  }
}
