package io.aigonix.seal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sealed-secrets hybrid encryption ({@code pkg/crypto/crypto.go HybridEncrypt}), with JDK
 * crypto only. Layout of the result: a 2-byte big-endian length k, k bytes of RSA-OAEP (SHA-256 for
 * the hash and for MGF1, label = scope label) of a fresh 32-byte session key, then AES-256-GCM of
 * the plaintext with an all-zero 12-byte nonce and no AAD, tag appended. The zero nonce is safe
 * because each session key encrypts exactly one value. Output is standard, padded base64.
 *
 * <p>The JDK's "OAEPWithSHA-256AndMGF1Padding" defaults MGF1 to SHA-1, which upstream cannot
 * decrypt, hence the explicit {@link OAEPParameterSpec}.
 */
public final class HybridSealer {
  private static final int SESSION_KEY_BYTES = 32;
  private static final int GCM_TAG_BITS = 128;
  private static final int GCM_NONCE_BYTES = 12;

  private final SecureRandom random;

  public HybridSealer(SecureRandom random) {
    this.random = Objects.requireNonNull(random);
  }

  /**
   * Seals {@code plaintext} (not modified, not kept) for {@code label}; returns the base64
   * ciphertext.
   */
  public String seal(RSAPublicKey key, byte[] plaintext, byte[] label) {
    byte[] sessionKey = new byte[SESSION_KEY_BYTES];
    byte[] body = null;
    try {
      random.nextBytes(sessionKey);
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(Cipher.ENCRYPT_MODE, key, oaep(label), random);
      byte[] wrapped = rsa.doFinal(sessionKey);

      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(sessionKey, "AES"),
          new GCMParameterSpec(GCM_TAG_BITS, new byte[GCM_NONCE_BYTES]));
      body = aes.doFinal(plaintext);

      byte[] out = new byte[2 + wrapped.length + body.length];
      out[0] = (byte) (wrapped.length >>> 8);
      out[1] = (byte) wrapped.length;
      System.arraycopy(wrapped, 0, out, 2, wrapped.length);
      System.arraycopy(body, 0, out, 2 + wrapped.length, body.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      // Every algorithm used here is mandatory in the JDK; failing is a bug, not a user error.
      throw new IllegalStateException("sealing failed: " + e.getClass().getSimpleName(), e);
    } finally {
      Arrays.fill(sessionKey, (byte) 0);
    }
  }

  /** Seals for a SealedSecret {@code namespace/name} in {@code scope}. */
  public String seal(
      RSAPublicKey key, byte[] plaintext, Scope scope, String namespace, String name) {
    return seal(key, plaintext, scope.label(namespace, name));
  }

  /** OAEP with SHA-256 for the digest and MGF1, and the label as the encoding parameter. */
  public static OAEPParameterSpec oaep(byte[] label) {
    return new OAEPParameterSpec(
        "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, new PSource.PSpecified(label));
  }
}
