package io.aigonix.generate;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Pod annotation {@code aigonix.io/config-checksum}: SHA-256 (hex) over the canonical bytes ({@link
 * Canonical}) of every ConfigMap and SealedSecret (or ExternalSecret) the pod uses, in a fixed
 * order: the environment's tenants, the microservice's dolittle, env-variables, config-files and
 * secret, and the application's {@code acr}. A config change rolls the pods; nothing else does. For
 * an ExternalSecret that is its spec (store, keys, refresh interval), never the values, which
 * aigonix never sees: a value rotated in the store rolls nothing unless {@code rolloutOnRotation}
 * adds the Reloader annotation (SPEC §8).
 *
 * <p>The caller passes the objects it already generated and placed (and the environment's and
 * application's part once as {@link #bytes}), so no object is built or converted twice to be
 * hashed.
 */
final class ConfigChecksum {
  static final String ANNOTATION = "aigonix.io/config-checksum";

  private final Canonical canonical;

  ConfigChecksum(Canonical canonical) {
    this.canonical = canonical;
  }

  /** The hashed form of {@code objects}: each one's canonical bytes followed by a newline. */
  byte[] bytes(List<Placed> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Placed object : objects) {
      out.writeBytes(canonical.bytes(object.tree()));
      out.write('\n');
    }
    return out.toByteArray();
  }

  /**
   * The checksum of a pod using the environment's, the microservice's and the application's
   * objects.
   */
  String of(
      byte[] environmentObjects, List<Placed> microserviceObjects, byte[] applicationObjects) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    sha256.update(environmentObjects);
    sha256.update(bytes(microserviceObjects));
    sha256.update(applicationObjects);
    return HexFormat.of().formatHex(sha256.digest());
  }
}
