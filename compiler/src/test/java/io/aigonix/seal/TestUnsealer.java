package io.aigonix.seal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Test-only decryption of sealed-secrets ciphertexts, written from the format description ({@code
 * HybridDecrypt} / {@code singleDecrypt}), not from {@link HybridSealer}: strict base64, length
 * prefix, RSA-OAEP SHA-256/MGF1-SHA-256 with the label, AES-256-GCM with a zero nonce.
 */
final class TestUnsealer {
  private final RSAPrivateKey key;

  TestUnsealer(RSAPrivateKey key) {
    this.key = key;
  }

  static TestUnsealer fromPem(Path pemFile) throws Exception {
    String pem = Files.readString(pemFile, StandardCharsets.US_ASCII);
    boolean pkcs1 = pem.contains("BEGIN RSA PRIVATE KEY");
    String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(b64);
    byte[] pkcs8 = pkcs1 ? wrapPkcs1(der) : der;
    RSAPrivateKey key =
        (RSAPrivateKey)
            KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    return new TestUnsealer(key);
  }

  /**
   * Decrypts {@code base64} with {@code label}; throws on any failure (like "no key could
   * decrypt").
   */
  byte[] unseal(String base64, byte[] label) throws GeneralSecurityException {
    byte[] data;
    try {
      data = Base64.getDecoder().decode(base64); // strict: rejects MIME / URL-safe / unpadded input
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("not standard base64");
    }
    if (data.length < 2) {
      throw new GeneralSecurityException("SealedSecret data is too short");
    }
    int k = ((data[0] & 0xff) << 8) | (data[1] & 0xff);
    if (data.length < 2 + k) {
      throw new GeneralSecurityException("SealedSecret data is too short");
    }
    Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
    rsa.init(Cipher.DECRYPT_MODE, key, HybridSealer.oaep(label));
    byte[] sessionKey = rsa.doFinal(data, 2, k);
    if (sessionKey.length != 32) {
      throw new GeneralSecurityException("session key is not 32 bytes");
    }
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(
        Cipher.DECRYPT_MODE,
        new SecretKeySpec(sessionKey, "AES"),
        new GCMParameterSpec(128, new byte[12]));
    return aes.doFinal(Arrays.copyOfRange(data, 2 + k, data.length));
  }

  /** PKCS#1 RSAPrivateKey → PKCS#8 PrivateKeyInfo (version 0, rsaEncryption, NULL params). */
  private static byte[] wrapPkcs1(byte[] pkcs1) {
    byte[] algorithm = {
      0x30,
      0x0d,
      0x06,
      0x09,
      0x2a,
      (byte) 0x86,
      0x48,
      (byte) 0x86,
      (byte) 0xf7,
      0x0d,
      0x01,
      0x01,
      0x01,
      0x05,
      0x00
    };
    byte[] version = {0x02, 0x01, 0x00};
    byte[] octets = der(0x04, pkcs1);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(version);
    body.writeBytes(algorithm);
    body.writeBytes(octets);
    return der(0x30, body.toByteArray());
  }

  private static byte[] der(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int n = content.length;
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else if (n < 0x10000) {
      out.write(0x82);
      out.write(n >>> 8);
      out.write(n & 0xff);
    } else {
      out.write(0x83);
      out.write(n >>> 16);
      out.write((n >>> 8) & 0xff);
      out.write(n & 0xff);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }
}
