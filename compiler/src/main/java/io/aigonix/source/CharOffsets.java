package io.aigonix.source;

import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;

/**
 * Turns SnakeYAML's positions (code point indices) into char offsets of the Java text. They differ
 * after each character beyond the BMP (a surrogate pair is two chars, one code point); such
 * characters are rare, so only their positions are kept and an offset costs a binary search in a
 * usually empty array.
 */
final class CharOffsets {
  private final int[] wide;

  private CharOffsets(int[] wide) {
    this.wide = wide;
  }

  static CharOffsets of(String text) {
    int[] found = new int[0];
    int count = 0;
    int codePoint = 0;
    for (int i = 0; i < text.length(); codePoint++) {
      int c = text.codePointAt(i);
      if (Character.isSupplementaryCodePoint(c)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, Math.max(16, count * 2));
        }
        found[count++] = codePoint;
      }
      i += Character.charCount(c);
    }
    return new CharOffsets(Arrays.copyOf(found, count));
  }

  int of(Mark mark) {
    int index = mark.getIndex();
    int at = Arrays.binarySearch(wide, index);
    return index + (at >= 0 ? at : -at - 1);
  }
}
