package io.aigonix.validate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.validate.SchemaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each loop of {@link KnownPatterns} answers what {@code java.util.regex}'s {@code find()} answers
 * for its pattern, on generated texts over the characters the pattern cares about (line terminators
 * included, for {@code $}); and every pattern of the shipped schema has a loop.
 */
class KnownPatternsTest {
  private static final String ALPHABET = "a9z0-.AG X1nsuµmh\n\r\u0085\u2028\t~!é";

  @Test
  void everyPatternOfTheSchemaHasALoop() {
    Matcher m =
        Pattern.compile("\"pattern\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
            .matcher(SchemaValidator.schemaText());
    List<String> patterns = new ArrayList<>();
    while (m.find()) {
      patterns.add(m.group(1).replace("\\\\", "\\"));
    }
    assertThat(patterns).isNotEmpty();
    for (String pattern : patterns) {
      assertThat(KnownPatterns.of(pattern)).as(pattern).isNotEqualTo(KnownPatterns.UNKNOWN);
    }
  }

  @Test
  void eachLoopAgreesWithItsExpression() {
    List<String> patterns =
        List.of(
            "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
            "^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$",
            "^[!-~]*$",
            "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$",
            "^AGX[0-9]{4}$");
    Random random = new Random(2020);
    for (String pattern : patterns) {
      int known = KnownPatterns.of(pattern);
      Pattern expression = Pattern.compile(pattern);
      int found = 0;
      for (int i = 0; i < 100_000; i++) {
        String text = text(random);
        boolean expected = expression.matcher(text).find();
        assertThat(KnownPatterns.find(known, text))
            .as("%s on '%s'", pattern, text.replace("\n", "\\n").replace("\r", "\\r"))
            .isEqualTo(expected);
        found += expected ? 1 : 0;
      }
      assertThat(found).as("texts %s matched", pattern).isGreaterThan(100);
    }
    String long40 = "a".repeat(40);
    assertThat(KnownPatterns.find(KnownPatterns.of(patterns.get(1)), long40)).isTrue();
    assertThat(KnownPatterns.find(KnownPatterns.of(patterns.get(1)), long40 + "a")).isFalse();
  }

  /** A text likely to be close to a match: a valid-looking start, then random edits. */
  private static String text(Random random) {
    String[] seeds = {"", "0", "1m30s", "2.5h", "10ms", "5µs", "abc-d.e9", "AGX5001", "a-b", "x!~"};
    StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
    for (int edits = random.nextInt(4); edits > 0; edits--) {
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      int at = random.nextInt(text.length() + 1);
      if (random.nextBoolean() || text.length() == 0) {
        text.insert(at, c);
      } else {
        text.setCharAt(Math.min(at, text.length() - 1), c);
      }
    }
    if (random.nextInt(8) == 0) {
      text.append(random.nextBoolean() ? "\n" : "\r\n");
    }
    return text.toString();
  }
}
