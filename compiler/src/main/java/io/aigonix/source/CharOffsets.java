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
    int n = text.length();
    for (int i = 0; i < n; i++, codePoint++) {
      char c = text.charAt(i);
      // a character beyond the BMP is a high surrogate followed by a low one; compared inline, as
      // this runs interpreted over every character of a validate's file
      if (c >= '\uD800'
          && c <= '\uDBFF'
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, Math.max(16, count * 2));
        }
        found[count++] = codePoint;
        i++;
      }
    }
    return new CharOffsets(Arrays.copyOf(found, count));
  }

  int of(Mark mark) {
    int index = mark.getIndex();
    int at = Arrays.binarySearch(wide, index);
    return index + (at >= 0 ? at : -at - 1);
  }
}
