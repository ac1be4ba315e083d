package io.aigonix.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the tests of the character loops that replaced regular expressions share: the expression as
 * the oracle, and the generated strings it is asked about.
 */
public final class LoopOracle {
  public static final int RUNS = 100_000;

  private LoopOracle() {}

  /**
   * Checks {@code loop} against {@code expression} on generated strings (random ones over {@code
   * alphabet}, and mutations of the {@code valid} examples); both answers must come up often enough
   * to be exercised.
   */
  public static void agree(
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

  /** Up to {@code maxLength} characters drawn from {@code alphabet}. */
  public static String randomString(Random random, String alphabet, int maxLength) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int j = 0; j < length; j++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** {@code seed} with zero to two characters replaced, inserted or removed. */
  public static String mutate(Random random, String seed, String alphabet) {
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

  /** Up to {@code max} fragments drawn from {@code fragments}, joined. */
  public static String fromFragments(Random random, String[] fragments, int max) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      s.append(fragments[random.nextInt(fragments.length)]);
    }
    return s.toString();
  }
}
