package io.aigonix.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.validate.LoopOracle;
import java.util.Random;
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

  /**
   * The regex-free shortcut for names says plain only where the full decision does, on generated
   * strings near the edges: exponents (e5, E-5), booleans and nulls, numbers, colons and blanks.
   */
  @Test
  void thePlainNameShortcutAgreesWithTheFullDecision() {
    String alphabet = "abeEnNoOyY019._/-: #~+";
    String[] seeds = {
      "deployment-dev-orders.yaml",
      "e5",
      "E-5",
      "e1.yaml",
      "yes",
      "n",
      "null",
      "on",
      "Off",
      "x1",
      "a/b",
      "a:b",
      "no-1",
      "y.yaml",
      "1e3",
      "true"
    };
    Random random = new Random(20261203);
    int shortcut = 0;
    for (int i = 0; i < LoopOracle.RUNS; i++) {
      String s =
          i % 2 == 0
              ? LoopOracle.randomString(random, alphabet, 8)
              : LoopOracle.mutate(random, seeds[random.nextInt(seeds.length)], alphabet);
      if (YamlWriter.isPlainName(s)) {
        shortcut++;
        assertThat(yaml.decide(s)).as(s).isEqualTo(s);
      }
    }
    assertThat(shortcut).as("strings the shortcut takes").isGreaterThan(LoopOracle.RUNS / 20);
    assertThat(YamlWriter.isPlainName("deployment-prod-service417.yaml")).isTrue();
    assertThat(YamlWriter.isPlainName("e5")).isFalse();
    assertThat(YamlWriter.isPlainName("yes")).isFalse();
  }
}
