package io.aigonix.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.render.OutputTree;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Compiled files read back through the one YAML reader, with the limits of dumps. */
class ManifestReaderTest {
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  SortedMap<String, Manifest> read(String... pathsAndContents) {
    TreeMap<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], utf8(pathsAndContents[i + 1]));
    }
    return new ManifestReader().read(new OutputTree(files));
  }

  @Test
  void objectsAreReadWithTheirKindNameAndLabels() {
    SortedMap<String, Manifest> m =
        read(
            "shop/dev/configmap-dev-orders-env-variables.yaml",
                """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: dev-orders-env-variables
              labels: {application: Shop, environment: Dev, microservice: Orders}
            data:
              ENABLED: "yes"
              COUNT: "3"
            """,
            "shop/dev/kustomization.yaml", "resources: []\n");
    assertThat(m).containsOnlyKeys("shop/dev/configmap-dev-orders-env-variables.yaml");
    Manifest cm = m.get("shop/dev/configmap-dev-orders-env-variables.yaml");
    assertThat(cm.kind()).isEqualTo("ConfigMap");
    assertThat(cm.name()).isEqualTo("dev-orders-env-variables");
    assertThat(cm.application()).isEqualTo("Shop");
    assertThat(cm.environment()).isEqualTo("Dev");
    assertThat(cm.microservice()).isEqualTo("Orders");
    assertThat(cm.at("/data/ENABLED").isTextual()).isTrue();
    assertThat(cm.at("/data/COUNT").asText()).isEqualTo("3");
  }

  @Test
  void whatIsNotAYamlObjectIsAPlainFile() {
    SortedMap<String, Manifest> m =
        read(
            "a/notes.txt",
            "kind: Nope\n",
            "a/broken.yaml",
            "kind: [\n",
            "a/list.yaml",
            "- 1\n",
            "a/two.yaml",
            "kind: A\n---\nkind: B\n",
            "a/scalar.yaml",
            "x");
    m.values()
        .forEach(
            f -> {
              assertThat(f.kind()).as(f.path()).isEqualTo("File");
              assertThat(f.root()).isNull();
            });
    TreeMap<String, byte[]> notUtf8 = new TreeMap<>();
    notUtf8.put("a/bad.yaml", new byte[] {'k', ':', ' ', (byte) 0xC3, (byte) 0x28});
    assertThat(new ManifestReader().read(new OutputTree(notUtf8)).get("a/bad.yaml").kind())
        .isEqualTo("File");
  }

  @Test
  void aConfigMapOverThreeMebibytesIsStillAnObject() {
    // SnakeYAML's default limit is 3 MiB; the reader's limits for dumps apply instead
    String line = "a line of a large config file, as the YAML writer puts it in a literal block\n";
    int lines = (4 << 20) / line.length() + 1;
    String big =
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  f: |\n"
            + ("    " + line).repeat(lines);
    Manifest m = read("a/configmap-big.yaml", big).get("a/configmap-big.yaml");
    assertThat(m.kind()).isEqualTo("ConfigMap");
    assertThat(m.at("/data/f").asText()).isEqualTo(line.repeat(lines));
  }
}
