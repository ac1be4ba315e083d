package io.aigonix.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public certificate of a sealed-secrets controller, read like kubeseal's {@code ParseKey}: the
 * first PEM certificate of the file, which must hold an RSA key and be valid at the given time.
 * Like kubeseal, the chain and the issuer are not checked: the controller signs its own
 * certificate.
 */
public record SealingCertificate(RSAPublicKey publicKey, Instant notBefore, Instant notAfter) {
  private static final Pattern PEM =
      Pattern.compile(
          "-----BEGIN CERTIFICATE-----\\s*([A-Za-z0-9+/=\\s]+?)-----END CERTIFICATE-----");

  /** Reads {@code file}; {@code now} decides whether it has expired (no clock is read here). */
  public static SealingCertificate load(Path file, Instant now)
      throws IOException, SealingException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
    return parse(text, file.toString(), now);
  }

  /** Parses PEM text; {@code source} names it in errors. */
  public static SealingCertificate parse(String pem, String source, Instant now)
      throws SealingException {
    Matcher m = PEM.matcher(pem);
    if (!m.find()) {
      throw new SealingException(
          source
              + ": no PEM certificate found (expected '-----BEGIN CERTIFICATE-----';"
              + " get it with `kubeseal --fetch-cert > cert.pem`)");
    }
    X509Certificate cert;
    try {
      byte[] der = Base64.getMimeDecoder().decode(m.group(1));
      cert =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | IllegalArgumentException e) {
      throw new SealingException(
          source + ": the first PEM certificate cannot be parsed: " + e.getMessage(), e);
    }
    if (!(cert.getPublicKey() instanceof RSAPublicKey rsa)) {
      throw new SealingException(
          source
              + ": the certificate's key is "
              + cert.getPublicKey().getAlgorithm()
              + ", but sealed-secrets needs an RSA key");
    }
    Instant notBefore = cert.getNotBefore().toInstant();
    Instant notAfter = cert.getNotAfter().toInstant();
    if (now.isAfter(notAfter)) {
      throw new SealingException(
          source
              + ": failed to encrypt using an expired certificate on "
              + notAfter
              + " (fetch the controller's current certificate with `kubeseal --fetch-cert`)");
    }
    if (now.isBefore(notBefore)) {
      throw new SealingException(
          source
              + ": failed to encrypt using a certificate that is not valid before "
              + notBefore
              + " (check the system clock)");
    }
    return new SealingCertificate(rsa, notBefore, notAfter);
  }
}
