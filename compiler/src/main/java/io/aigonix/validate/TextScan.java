package io.aigonix.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain scans of text for the rules and lint checks on the validate path: they run once per start,
 * in the interpreter, where a loop costs less than a stream or a regular expression to link.
 */
public final class TextScan {
  private TextScan() {}

  /**
   * Whether {@code text} contains {@code word} ignoring case. Never false where an ASCII
   * case-insensitive regular expression ({@code (?i)}) finds the word, so it serves as their
   * pre-check.
   */
  public static boolean containsIgnoreCase(String text, String word) {
    int last = text.length() - word.length();
    for (int i = 0; i <= last; i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** The lines of {@code text} as {@link String#lines()} splits them (at \n, \r and \r\n). */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
