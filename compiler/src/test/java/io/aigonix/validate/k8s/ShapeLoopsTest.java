package io.aigonix.validate.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The loops of {@link ConfigMapKey} and {@link IngressHost} accept exactly what the expressions
 * they replace accepted (kept here as the oracle), on generated strings.
 */
class ShapeLoopsTest {
  private static final int RUNS = 100_000;

  @Test
  void configMapKeys() {
    agree(
        "[-._a-zA-Z0-9]+",
        ConfigMapKey::isKeyCharacters,
        "aZ9-._/ é",
        8,
        "appsettings.json",
        "..x",
        "a");
  }

  @Test
  void ipv4() {
    agree(
        "[0-9]{1,3}(\\.[0-9]{1,3}){3}",
        IngressHost::isIpv4, "0159..a:", 16, "10.0.0.1", "192.168.100.255", "1.2.3.4");
  }

  @Test
  void ipv6() {
    agree(
        "\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\\]?",
        IngressHost::isIpv6,
        "09afAFgG:.[]x-",
        10,
        "[::1]",
        "fe80::1",
        "::ffff:10.0.0.1");
  }

  private static void agree(
      String expression, Predicate<String> loop, String alphabet, int maxLength, String... valid) {
    Pattern oracle = Pattern.compile(expression);
    Random random = new Random(expression.hashCode());
    int matched = 0;
    for (int i = 0; i < RUNS; i++) {
      String s =
          i % 2 == 0
              ? randomString(random, alphabet, maxLength)
              : mutate(random, valid[random.nextInt(valid.length)], alphabet);
      boolean expected = oracle.matcher(s).matches();
      assertThat(loop.test(s)).as("'%s' against %s", s, expression).isEqualTo(expected);
      matched += expected ? 1 : 0;
    }
    assertThat(matched).as("valid strings generated").isGreaterThan(RUNS / 50);
    assertThat(matched).as("invalid strings generated").isLessThan(RUNS - RUNS / 50);
  }

  private static String randomString(Random random, String alphabet, int maxLength) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int j = 0; j < length; j++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** {@code seed} with zero to two characters replaced, inserted or removed. */
  private static String mutate(Random random, String seed, String alphabet) {
    StringBuilder s = new StringBuilder(seed);
    int changes = random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length());
      char ch = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(3)) {
        case 0 -> {
          if (s.length() > 0) {
            s.setCharAt(at, ch);
          }
        }
        case 1 -> s.insert(at, ch);
        default -> {
          if (s.length() > 0) {
            s.deleteCharAt(at);
          }
        }
      }
    }
    return s.toString();
  }
}
