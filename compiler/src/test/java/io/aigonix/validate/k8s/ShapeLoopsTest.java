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

  @Test
  void lowerHex() {
    agree(
        "[a-f0-9]{64}",
        s -> ImageReference.isLowerHex(s, 64),
        "09afAg:",
        66,
        "a".repeat(64),
        "0123456789abcdef".repeat(4),
        "f".repeat(63) + "0");
  }

  @Test
  void spaceOrControl() {
    agree(
        "(?s).*[\\s\\p{Cntrl}].*",
        Urls::hasSpaceOrControl,
        "a:/ \t\n\u000b\f\r\u0000\u001f\u007f\u0080\u00a0\u2028é",
        4,
        "git@host:a b",
        "a\u007f",
        " ");
  }

  @Test
  void exponentDigits() {
    Random random = new Random(9);
    for (int i = 0; i < RUNS; i++) {
      String e = randomString(random, "+-0012", 6);
      assertThat(Quantity.significantDigits(e))
          .as("'%s'", e)
          .isEqualTo(e.replaceFirst("^[+-]", "").replaceFirst("^0+", "").length());
    }
  }

  /** The pre-checks never refuse what their expression matches (they may let more through). */
  @Test
  void preChecksLetEveryMatchThrough() {
    Pattern quantity =
        Pattern.compile(
            "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?");
    String reference =
        "((?:(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9]"
            + "[a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[(?:[a-fA-F0-9:]+)\\])(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|"
            + "[-]+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)*)(?::([\\w][\\w.-]{0,127}))?"
            + "(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?";
    Pattern image = Pattern.compile(reference);
    Random random = new Random(15);
    int quantities = 0;
    int images = 0;
    for (int i = 0; i < RUNS; i++) {
      String q =
          i % 2 == 0
              ? randomString(random, "+-.019KMGTPEinumkeExX é", 6)
              : mutate(random, "1.5Gi", "+-.019KMGTPEinumkeExX é");
      if (quantity.matcher(q).matches()) {
        quantities++;
        assertThat(Quantity.mayMatch(q)).as("quantity '%s'", q).isTrue();
      }
      String im =
          i % 2 == 0
              ? randomString(random, "aZ09._-/:@[]+ é\u212a", 10)
              : mutate(random, "registry:5000/team/app:1.2.0", "aZ09._-/:@[]+ é\u212a");
      if (image.matcher(im).matches()) {
        images++;
        assertThat(ImageReference.mayMatch(im)).as("image '%s'", im).isTrue();
      }
    }
    assertThat(quantities).isGreaterThan(RUNS / 50);
    assertThat(images).isGreaterThan(RUNS / 50);
  }

  /** The problems of images whose upper-case letters lower-case into ASCII (the Kelvin sign). */
  @Test
  void kelvinSignStillNamesTheLowerCaseRule() {
    assertThat(ImageReference.problem("\u212aafka:1"))
        .contains("the repository path must be lower-case");
    assertThat(ImageReference.problem("Kafka:1"))
        .contains("the repository path must be lower-case");
    assertThat(ImageReference.problem("kafka:1 ")).isPresent();
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
