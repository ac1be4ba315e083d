package io.aigonix.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The resolver's shortcuts give every plain scalar the tag SnakeYAML's resolver gives it. */
class ScalarResolverTest {
  private static final Resolver SNAKEYAML = new Resolver();

  private static void sameAsSnakeYaml(String value) {
    assertThat(new ScalarResolver().plainTag(value))
        .as("tag of '%s'", value)
        .isEqualTo(SNAKEYAML.resolve(NodeId.scalar, value, true).getValue());
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
                "v1",
                "8080",
                "089",
                "0_7",
                "1e-3",
                "1E+3",
                "1.5e-10",
                "12-34",
                "2024-3-1 10:00:00",
                "2024-03-01t10:00:00.5 -05:00",
                "2024-03-01T10:00:00+01",
                "2024-03-01x",
                "7a1b9c2d-0e3f-4a5b-8c6d-1e2f3a4b5c6d",
                "11111111-2222-4333-8444-555555555555",
                "1:30:45.5",
                "190:20:30",
                "1_000.5_5",
                "0xFF_ff",
                "0b1_0",
                "3.0.2",
                "32Gi",
                "1inf",
                "1nan",
                "1 2"));
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
    // scalars starting with a digit, over the characters of the int, float and timestamp patterns
    String numeric = "0123456789-+_.:eExXbBaAfFtTzZiInN \t0123456789-:";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder value = new StringBuilder().append((char) ('0' + random.nextInt(10)));
      for (int length = random.nextInt(12); length > 0; length--) {
        value.append(numeric.charAt(random.nextInt(numeric.length())));
      }
      sameAsSnakeYaml(value.toString());
    }
    // shaped like timestamps, with one character changed
    for (int i = 0; i < 50_000; i++) {
      char[] value = "2024-03-01T10:00:00.5 -05:00".toCharArray();
      int length = 10 + random.nextInt(value.length - 9);
      value[random.nextInt(length)] = numeric.charAt(random.nextInt(numeric.length()));
      sameAsSnakeYaml(new String(value, 0, length));
    }
    for (char c = 0; c < 0x3000; c++) {
      sameAsSnakeYaml(String.valueOf(c));
      sameAsSnakeYaml(c + "abcdef");
      sameAsSnakeYaml(c + "1");
    }
  }
}
