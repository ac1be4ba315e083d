package io.aigonix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import io.aigonix.render.OutputTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change to one microservice's env rolls that microservice only: its env ConfigMap and
 * Deployment.
 */
class LocalChangeTest {
  @TempDir Path temp;

  @Test
  void changingOneEnvValueChangesOnlyThatConfigMapAndDeployment() throws Exception {
    Path project = temp.resolve("webshop");
    TestSupport.copySample("webshop", project);
    Path file = project.resolve("aigonix.yaml");
    OutputTree before = compile(file);
    String text = Files.readString(file);
    Files.writeString(
        file, text.replace("SCANNER_TIMEOUT_SECONDS: \"15\"", "SCANNER_TIMEOUT_SECONDS: \"30\""));
    OutputTree after = compile(file);

    assertThat(after.files().keySet()).isEqualTo(before.files().keySet());
    Set<String> changed = new TreeSet<>();
    before
        .files()
        .forEach(
            (path, bytes) -> {
              if (!Arrays.equals(bytes, after.files().get(path))) {
                changed.add(path);
              }
            });
    assertThat(changed)
        .containsExactly(
            "webshop/dev/configmap-dev-scanner-gateway-env-variables.yaml",
            "webshop/dev/deployment-dev-scanner-gateway.yaml");
    String deployment = after.text("webshop/dev/deployment-dev-scanner-gateway.yaml");
    String old = before.text("webshop/dev/deployment-dev-scanner-gateway.yaml");
    assertThat(
            Golden.diff(
                new OutputTree(java.util.Map.of("d", old.getBytes())),
                new OutputTree(java.util.Map.of("d", deployment.getBytes()))))
        .contains("aigonix.io/config-checksum")
        .doesNotContain("image:");
  }

  private static OutputTree compile(Path file) throws Exception {
    Compiler compiler = new Compiler();
    Checked checked = compiler.check(file, "aigonix.yaml");
    assertThat(checked.diagnostics()).noneMatch(d -> d.isError());
    return compiler.compile(checked);
  }
}
