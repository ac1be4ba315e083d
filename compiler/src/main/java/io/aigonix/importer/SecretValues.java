package io.aigonix.importer;

import io.aigonix.seal.HybridSealer;
import io.aigonix.seal.Scope;
import io.aigonix.seal.SealingCertificate;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a secret's value into what aigonix.yaml holds: sealed for its strict scope with the
 * controller's certificate (as {@code aigonix seal} does), or {@link #UNKNOWN} with the seal
 * command to run. The plaintext lives only in the byte array handed in; it is never returned,
 * logged or written.
 */
final class SecretValues {
  /** Not base64, so it fails validation (AGX2009) until sealed. */
  static final String UNKNOWN = "SEALED-VALUE-UNKNOWN";

  private final Optional<SealingCertificate> certificate;
  private final HybridSealer sealer = new HybridSealer(new SecureRandom());
  private final List<String> toSeal = new ArrayList<>();

  SecretValues(Optional<SealingCertificate> certificate) {
    this.certificate = certificate;
  }

  /**
   * The value for SealedSecret {@code namespace/name}; {@code command} is the seal command without
   * a cert.
   */
  String value(byte[] plaintext, String namespace, String name, String command) {
    if (certificate.isPresent()) {
      return sealer.seal(certificate.get().publicKey(), plaintext, Scope.STRICT, namespace, name);
    }
    toSeal.add(command);
    return UNKNOWN;
  }

  List<String> toSeal() {
    return List.copyOf(toSeal);
  }
}
