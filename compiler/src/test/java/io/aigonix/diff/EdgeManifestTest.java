package io.aigonix.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.render.OutputTree;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * SPEC §9: an edge folder's files read back for the plan: config files by hash, volumes.yaml whole.
 */
class EdgeManifestTest {
  private static final String VOLUMES =
      """
      apiVersion: iofog.org/v3
      kind: Volume
      metadata:
        name: scanning-field-scanner
      spec:
        permissions: "0444"
      ---
      apiVersion: iofog.org/v3
      kind: Volume
      metadata:
        name: scanning-field-uploader
      spec:
        permissions: "%s"
      """;

  static OutputTree tree(byte[] binary, String yamlConfig, String permissions) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("scanning/field/files/scanner/calibration.bin", binary);
    files.put(
        "scanning/field/files/scanner/settings.yaml", yamlConfig.getBytes(StandardCharsets.UTF_8));
    files.put(
        "scanning/field/volumes.yaml",
        VOLUMES.formatted(permissions).getBytes(StandardCharsets.UTF_8));
    return new OutputTree(files);
  }

  @Test
  void configFilesAreNeverParsedAndCompareByTheirBytes() {
    SortedMap<String, Manifest> read =
        new ManifestReader().read(tree(new byte[] {0, (byte) 0xff}, "- [unclosed", "0444"));
    Manifest binary = read.get("scanning/field/files/scanner/calibration.bin");
    assertThat(binary.kind()).isEqualTo("Config file");
    assertThat(binary.name()).isEqualTo("scanner/calibration.bin");
    assertThat(read.get("scanning/field/files/scanner/settings.yaml").kind())
        .isEqualTo("Config file");
    assertThat(read.get("scanning/field/volumes.yaml").root().size())
        .as("both documents")
        .isEqualTo(2);
  }

  @Test
  void theSecondVolumeAndABinaryChangeArePlanned() {
    OutputTree before = tree(new byte[] {0, 1}, "a: 1\n", "0444");
    OutputTree after = tree(new byte[] {0, 2}, "a: 1\n", "0440");
    List<PlanEntry> plan = DiffReport.between(before, after).plan();
    assertThat(plan).hasSize(1);
    assertThat(plan.get(0).environment()).isEqualTo("field");
    assertThat(plan.get(0).details())
        .containsExactly(
            "config file scanner/calibration.bin changed", "volume volumes.yaml changed");
  }
}
