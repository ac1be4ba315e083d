package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigonix.TestSupport;
import io.aigonix.seal.SealedVerifyAccess;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `aigonix seal` in a real JVM process, the value piped to its stdin as raw bytes. */
class SealProcessTest {

  @Test
  void sealsBinaryStdinInASeparateProcess(@TempDir Path dir) throws Exception {
    Path sample = TestSupport.samples().resolve("webshop");
    Files.copy(sample.resolve("aigonix.yaml"), dir.resolve("aigonix.yaml"));
    Files.createDirectories(dir.resolve("config/orders"));
    Files.copy(
        sample.resolve("config/orders/appsettings.json"),
        dir.resolve("config/orders/appsettings.json"));
    Files.createDirectories(dir.resolve("certs"));
    Files.copy(sample.resolve("certs/sealed-secrets.pem"), dir.resolve("certs/sealed-secrets.pem"));

    byte[] value = new byte[300];
    for (int i = 0; i < value.length; i++) {
      value[i] = (byte) (i * 7);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "seal",
                    "--app",
                    "Webshop",
                    "--env",
                    "Dev",
                    "--microservice",
                    "Orders",
                    "--key",
                    "BLOB"))
            .directory(dir.toFile())
            .start();
    try (OutputStream stdin = p.getOutputStream()) {
      stdin.write(value);
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(out).matches("Ag[A-Za-z0-9+/=]+\n");

    String ns = "application-0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20";
    Path sealed = dir.resolve("sealed.yaml");
    Files.writeString(
        sealed,
        "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n"
            + "  name: dev-orders-secret-env-variables\n  namespace: "
            + ns
            + "\nspec:\n  encryptedData:\n    BLOB: "
            + out);
    var r = SealedVerifyAccess.unseal(sealed);
    assertThat(r.exit()).as(r.err()).isZero();
    String b64 =
        new ObjectMapper()
            .readTree(r.out())
            .get(ns + "/dev-orders-secret-env-variables")
            .get("BLOB")
            .asText();
    assertThat(Base64.getDecoder().decode(b64)).isEqualTo(value);
  }
}
