package io.aigonix.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HybridSealerTest {
  static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
  SealingCertificate cert;
  TestUnsealer unsealer;

  @BeforeEach // not @BeforeAll: without ../shared each test is reported skipped, not the class
  // vanishing
  void load() throws Exception {
    cert = SealingCertificate.load(SealedVerify.testCert(), NOW);
    unsealer = TestUnsealer.fromPem(SealedVerify.testKey());
  }

  static Map<String, byte[]> values() {
    Map<String, byte[]> values = new LinkedHashMap<>();
    values.put("empty", new byte[0]);
    values.put("ascii", "s3cr3t-P@ss".getBytes(StandardCharsets.UTF_8));
    values.put("newline", "with-newline\n".getBytes(StandardCharsets.UTF_8));
    values.put("unicode", "pässwörd-日本-🔑".getBytes(StandardCharsets.UTF_8));
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    values.put("binary", binary);
    byte[] large = new byte[20_000];
    new Random(7).nextBytes(large);
    values.put("large", large);
    return values;
  }

  @Test
  void layoutMatchesTheFormat() throws Exception {
    String sealed =
        new HybridSealer(new SecureRandom())
            .seal(cert.publicKey(), "admin".getBytes(), Scope.STRICT, "demo", "db-creds");
    byte[] raw = Base64.getDecoder().decode(sealed);
    assertThat(sealed).startsWith("Ag"); // 4096-bit key: prefix 0x02 0x00 = 512
    assertThat(raw).hasSize(2 + 512 + 5 + 16);
    assertThat(sealed).doesNotContain("\n").endsWith("=");
  }

  @Test
  void roundTripsEveryValueInEveryScope() throws Exception {
    HybridSealer sealer = new HybridSealer(new SecureRandom());
    for (Scope scope : Scope.values()) {
      for (Map.Entry<String, byte[]> e : values().entrySet()) {
        byte[] label = scope.label("application-x", "dev-orders-secret-env-variables");
        String sealed = sealer.seal(cert.publicKey(), e.getValue(), label);
        assertThat(unsealer.unseal(sealed, label))
            .as(scope + " " + e.getKey())
            .isEqualTo(e.getValue());
        for (Scope other : Scope.values()) {
          if (other != scope) {
            byte[] wrong = other.label("application-x", "dev-orders-secret-env-variables");
            assertThatThrownBy(() -> unsealer.unseal(sealed, wrong))
                .isInstanceOf(GeneralSecurityException.class);
          }
        }
      }
    }
  }

  @Test
  void sealingIsRandomisedButReproducibleWithAFixedRandom() throws Exception {
    byte[] value = "same".getBytes();
    byte[] label = Scope.STRICT.label("ns", "n");
    String a = new HybridSealer(new SecureRandom()).seal(cert.publicKey(), value, label);
    String b = new HybridSealer(new SecureRandom()).seal(cert.publicKey(), value, label);
    assertThat(a).isNotEqualTo(b);
    String c = new HybridSealer(seeded()).seal(cert.publicKey(), value, label);
    String d = new HybridSealer(seeded()).seal(cert.publicKey(), value, label);
    assertThat(c).isEqualTo(d);
    assertThat(unsealer.unseal(c, label)).isEqualTo(value);
  }

  @Test
  void doesNotModifyThePlaintextArray() {
    byte[] value = "keep-me".getBytes();
    new HybridSealer(new SecureRandom()).seal(cert.publicKey(), value, new byte[0]);
    assertThat(value).isEqualTo("keep-me".getBytes());
  }

  /**
   * The upstream Go vectors open with the test decryptor, and tampered or mislabelled ones do not.
   */
  @Test
  void upstreamGoVectors() throws Exception {
    JsonNode doc =
        new ObjectMapper()
            .readTree(
                SealedVerify.file(
                        "testvectors/upstream-go-vectors.json",
                        "to open the upstream Go test vectors")
                    .toFile());
    JsonNode vectors = doc.get("vectors");
    assertThat(vectors.size()).isGreaterThanOrEqualTo(12);
    for (JsonNode v : vectors) {
      String name =
          v.get("namespace").asText() + "/" + v.get("name").asText() + " " + v.get("key").asText();
      byte[] label = v.get("label").asText().getBytes(StandardCharsets.UTF_8);
      Scope scope =
          switch (v.get("scope").asText()) {
            case "strict" -> Scope.STRICT;
            case "namespace-wide" -> Scope.NAMESPACE_WIDE;
            case "cluster-wide" -> Scope.CLUSTER_WIDE;
            default -> throw new AssertionError(v.get("scope").asText());
          };
      assertThat(scope.label(v.get("namespace").asText(), v.get("name").asText()))
          .as(name)
          .isEqualTo(label);
      String ct = v.get("ciphertext_b64").asText();
      byte[] expected = Base64.getDecoder().decode(v.get("plaintext_b64").asText());
      assertThat(unsealer.unseal(ct, label)).as(name).isEqualTo(expected);

      byte[] wrongLabel = (v.get("label").asText() + "x").getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> unsealer.unseal(ct, wrongLabel))
          .as(name)
          .isInstanceOf(GeneralSecurityException.class);
      for (int offset : new int[] {5, 300, Base64.getDecoder().decode(ct).length - 1}) {
        byte[] raw = Base64.getDecoder().decode(ct);
        raw[offset] ^= 0x01;
        String tampered = Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> unsealer.unseal(tampered, label))
            .as(name + " @" + offset)
            .isInstanceOf(GeneralSecurityException.class);
      }
      String truncated = Base64.getEncoder().encodeToString(new byte[] {2, 0, 1, 2, 3});
      assertThatThrownBy(() -> unsealer.unseal(truncated, label)).hasMessageContaining("too short");
    }
  }

  @Test
  void refusesExpiredCertificate() {
    Path expired = SealedVerify.expiredCert();
    assertThatThrownBy(() -> SealingCertificate.load(expired, NOW))
        .isInstanceOf(SealingException.class)
        .hasMessageContaining("failed to encrypt using an expired certificate on 2000-");
  }

  @Test
  void refusesNotYetValidCertificate() {
    assertThatThrownBy(
            () ->
                SealingCertificate.load(
                    SealedVerify.testCert(), Instant.parse("1990-01-01T00:00:00Z")))
        .isInstanceOf(SealingException.class)
        .hasMessageContaining("not valid before");
  }

  @Test
  void refusesNonRsaCertificate(@TempDir Path dir) throws Exception {
    Path pem = dir.resolve("ec.pem");
    Files.write(pem, getClass().getResourceAsStream("/seal/ec-cert.pem").readAllBytes());
    assertThatThrownBy(() -> SealingCertificate.load(pem, NOW))
        .isInstanceOf(SealingException.class)
        .hasMessageContaining("key is EC, but sealed-secrets needs an RSA key");
  }

  @Test
  void usesTheFirstCertificateAndRejectsFilesWithout(@TempDir Path dir) throws Exception {
    Path both = dir.resolve("both.pem");
    Files.writeString(
        both,
        "junk before\n"
            + Files.readString(SealedVerify.testCert())
            + Files.readString(SealedVerify.expiredCert()));
    assertThat(SealingCertificate.load(both, NOW).publicKey()).isEqualTo(cert.publicKey());
    Path none = dir.resolve("none.pem");
    Files.writeString(none, "not a certificate");
    assertThatThrownBy(() -> SealingCertificate.load(none, NOW))
        .hasMessageContaining("no PEM certificate");
  }

  static SecureRandom seeded() throws Exception {
    SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
    r.setSeed(42L);
    return r;
  }
}
