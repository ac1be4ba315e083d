package io.aigonix.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlWriterTest {
  private final YamlWriter yaml = new YamlWriter();

  @Test
  void quotesWhatYaml11OrYaml12WouldNotReadAsAString() {
    for (String s :
        new String[] {
          "true",
          "yes",
          "On",
          "n",
          "null",
          "~",
          "1",
          "1.0",
          "0x1F",
          "0o17",
          "12:30",
          "1e3",
          ".inf",
          "",
          " lead",
          "trail ",
          "a: b",
          "#x",
          "-x",
          "2024-01-01"
        }) {
      assertThat(yaml.scalar(s)).as(s).startsWith("\"");
    }
    for (String s :
        new String[] {
          "25m",
          "1Gi",
          "dev-orders",
          "nginx",
          "/app/data",
          "2000m",
          "0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20",
          "acmecorp.azurecr.io/orders:1.2.0"
        }) {
      assertThat(yaml.scalar(s)).as(s).isEqualTo(s);
    }
  }
}
