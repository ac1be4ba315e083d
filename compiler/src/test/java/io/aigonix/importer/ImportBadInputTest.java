package io.aigonix.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7 bad input: a diagnostic at file:line:col, exit 1, nothing written, no dump value in the
 * message.
 */
class ImportBadInputTest {
  @TempDir Path dir;

  private TestSupport.Run importing(String dump) throws Exception {
    Files.writeString(dir.resolve("dump.yaml"), dump);
    return TestSupport.cli(dir, "import", "-f", "dump.yaml", "-o", "out");
  }

  private void refused(TestSupport.Run run, String where, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(where).contains(message);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void noApplicationNamespace() throws Exception {
    refused(
        importing("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: default}\n"),
        "dump.yaml:1:1",
        "no application namespace");
  }

  @Test
  void twoCustomers() throws Exception {
    String ns =
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: application-%s\n  labels: {tenant: %s, application: A}\n"
            + "  annotations: {dolittle.io/tenant-id: %s}\n";
    refused(
        importing(
            String.format(ns, "1", "Acme", "a1") + "---\n" + String.format(ns, "2", "Other", "b2")),
        "dump.yaml:8:1",
        "a second customer");
  }

  @Test
  void aYamlErrorAtItsPosition() throws Exception {
    refused(
        importing(
            "kind: List\nitems:\n- kind: Secret\n  metadata: {name: s}\n  data: {K: c2VjcmV0}: x\n"),
        "dump.yaml:5:",
        "YAML syntax error");
  }

  @Test
  void aTruncatedDump() throws Exception {
    String full = new String(PlatformDump.build().list(), StandardCharsets.UTF_8);
    TestSupport.Run run = importing(full.substring(0, full.length() / 2));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).containsPattern("dump\\.yaml:\\d+:\\d+: error");
    assertThat(dir.resolve("out")).doesNotExist();
    Files.createDirectories(dir.resolve("nothing"));
    ImportRoundTripTest.noPlaintext(
        java.util.List.of(run.out(), run.err()), dir.resolve("nothing"));
  }

  @Test
  void aNonEmptyOutputIsRefusedUnlessForced() throws Exception {
    Files.write(dir.resolve("dump.yaml"), PlatformDump.build().list());
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/keep.txt"), "mine");
    TestSupport.Run run = TestSupport.cli(dir, "import", "-f", "dump.yaml", "-o", "out");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(dir.resolve("out/keep.txt")).exists();
    assertThat(TestSupport.cli(dir, "import", "-f", "dump.yaml", "-o", "out", "--force").exitCode())
        .isZero();
    assertThat(dir.resolve("out/aigonix.yaml")).exists();
    assertThat(dir.resolve("out/keep.txt")).doesNotExist();
  }
}
