package io.aigonix.seal;

import io.aigonix.model.Names;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The ids SPEC §1.3 derives when a file leaves them out (UUIDv5, RFC 9562, in aigonix's namespace).
 * A stop-gap so {@code seal} does not depend on the model builder; to be replaced by
 * {@code model/Uuids} once that is on main (both must give the same ids, which the tests pin).
 */
public final class NameBasedIds {
  static final UUID NAMESPACE = UUID.fromString("2b3e6a8c-6d2f-5b1a-9c4e-aa1f0e7d9c10");

  private NameBasedIds() {}

  public static String customer(String customerName) {
    return v5("customer/" + Names.object(customerName));
  }

  public static String application(String customerId, String applicationName) {
    return v5("application/" + customerId.toLowerCase(java.util.Locale.ROOT) + "/" + Names.object(applicationName));
  }

  static String v5(String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      ByteBuffer ns = ByteBuffer.allocate(16);
      ns.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
      sha1.update(ns.array());
      byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
      return new UUID(b.getLong(), b.getLong()).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
