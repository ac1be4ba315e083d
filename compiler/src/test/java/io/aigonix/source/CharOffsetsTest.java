package io.aigonix.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.Mark;

/** Code point indices (SnakeYAML's) become the right char offsets, lone surrogates included. */
class CharOffsetsTest {
  private static final String ALPHABET = "a\n\uD83D\uDE00é\uD800\uDC00\uDBFF\uDFFF\uD800\uDFFFz";

  @Test
  void everyCodePointMapsToItsCharOffset() {
    Random random = new Random(6901);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String t = text.toString();
      CharOffsets offsets = CharOffsets.of(t);
      int codePoint = 0;
      for (int offset = 0; offset <= t.length(); codePoint++) {
        Mark mark = new Mark("", codePoint, 0, 0, new int[0], 0);
        assertThat(offsets.of(mark))
            .as("code point %d of %s", codePoint, t.codePoints().boxed().toList())
            .isEqualTo(offset);
        offset += offset < t.length() ? Character.charCount(t.codePointAt(offset)) : 1;
      }
    }
  }
}
