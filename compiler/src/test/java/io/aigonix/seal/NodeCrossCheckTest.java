package io.aigonix.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values sealed by {@link HybridSealer} in all three scopes are decrypted by the independent Node
 * verifier (shared/tools/sealed-verify, itself checked against upstream Go), run as a real process.
 */
class NodeCrossCheckTest {

  @Test
  void nodeVerifierDecryptsEveryValueInEveryScope(@TempDir Path dir) throws Exception {
    Path tool = SealedVerify.prepared();
    SealingCertificate cert =
        SealingCertificate.load(SealedVerify.testCert(), HybridSealerTest.NOW);
    HybridSealer sealer = new HybridSealer(new SecureRandom());
    Map<String, byte[]> values = HybridSealerTest.values();

    StringBuilder yaml = new StringBuilder();
    String[][] objects = {
      {"application-x", "dev-orders-secret-env-variables", "STRICT", ""},
      {"application-x", "shared", "NAMESPACE_WIDE", "sealedsecrets.bitnami.com/namespace-wide"},
      {"ops", "global", "CLUSTER_WIDE", "sealedsecrets.bitnami.com/cluster-wide"},
    };
    for (String[] o : objects) {
      Scope scope = Scope.valueOf(o[2]);
      yaml.append("---\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n")
          .append("  name: ")
          .append(o[1])
          .append("\n  namespace: ")
          .append(o[0])
          .append('\n');
      if (!o[3].isEmpty()) {
        yaml.append("  annotations:\n    ").append(o[3]).append(": \"true\"\n");
      }
      yaml.append("spec:\n  encryptedData:\n");
      for (Map.Entry<String, byte[]> e : values.entrySet()) {
        yaml.append("    ")
            .append(e.getKey())
            .append(": ")
            .append(sealer.seal(cert.publicKey(), e.getValue(), scope, o[0], o[1]))
            .append('\n');
      }
    }
    Path file = dir.resolve("sealed.yaml");
    Files.writeString(file, yaml);

    SealedVerify.Result r =
        SealedVerify.run(
            tool,
            "node",
            "unseal.js",
            "--key",
            "testkeys/tls.key",
            "--json",
            "--base64",
            file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    for (String[] o : objects) {
      JsonNode secret = json.get(o[0] + "/" + o[1]);
      assertThat(secret)
          .as(o[0] + "/" + o[1] + " in " + r.out().substring(0, Math.min(200, r.out().length())))
          .isNotNull();
      for (Map.Entry<String, byte[]> e : values.entrySet()) {
        assertThat(Base64.getDecoder().decode(secret.get(e.getKey()).asText()))
            .as(o[2] + " " + e.getKey())
            .isEqualTo(e.getValue());
      }
    }

    // and the verifier really checks: the strict values moved to another name do not decrypt
    Files.writeString(
        file, yaml.toString().replace("name: dev-orders-secret-env-variables", "name: renamed"));
    SealedVerify.Result moved =
        SealedVerify.run(
            tool, "node", "unseal.js", "--key", "testkeys/tls.key", "--check", file.toString());
    assertThat(moved.exit()).isEqualTo(1);
  }
}
