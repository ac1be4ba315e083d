package io.aigonix.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The resolver's shortcut gives every plain scalar the tag SnakeYAML's resolver gives it. */
class ScalarResolverTest {
  private static final Resolver SNAKEYAML = new Resolver();

  private static void sameAsSnakeYaml(String value) {
    assertThat(new ScalarResolver().plainTag(value))
        .as("tag of '%s'", value)
        .isEqualTo(SNAKEYAML.resolve(NodeId.scalar, value, true));
  }

  @Test
  void theWordsEveryResolverMatches() {
    List<String> words =
        new ArrayList<>(
            List.of(
                "",
                " ",
                "~",
                "null",
                "Null",
                "NULL",
                "nULL",
                "yes",
                "Yes",
                "YES",
                "y",
                "Y",
                "n",
                "no",
                "NO",
                "true",
                "True",
                "TRUE",
                "false",
                "False",
                "FALSE",
                "falsey",
                "on",
                "On",
                "ON",
                "off",
                "Off",
                "OFF",
                "offset",
                "<<",
                "<",
                "=",
                "0",
                "-1",
                "+1",
                "1_000",
                "0x1F",
                "0o17",
                "0b101",
                "017",
                "1:30",
                "1.5",
                ".5",
                "-.inf",
                ".NaN",
                "1e3",
                "2024-03-01",
                "2024-03-01T10:00:00Z",
                "!x",
                "&a",
                "*a",
                "\0",
                "yes\n",
                "name",
                "namespace",
                "type",
                "targetPort",
                "ñame",
                "Ñ",
                "über",
                "1Gi",
                "500m",
                "v1"));
    words.forEach(ScalarResolverTest::sameAsSnakeYaml);
  }

  @Test
  void randomScalars() {
    Random random = new Random(15);
    String alphabet = "yYnNtTfFoOaAzZ-+0123456789._:<~=!&*eExXbB \n\0ñ";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder value = new StringBuilder();
      for (int length = random.nextInt(9); length > 0; length--) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      sameAsSnakeYaml(value.toString());
    }
    for (char c = 0; c < 0x3000; c++) {
      sameAsSnakeYaml(String.valueOf(c));
      sameAsSnakeYaml(c + "abcdef");
      sameAsSnakeYaml(c + "1");
    }
  }
}
