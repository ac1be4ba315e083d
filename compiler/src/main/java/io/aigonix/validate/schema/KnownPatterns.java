package io.aigonix.validate.schema;

import io.aigonix.validate.KubernetesNames;

/**
 * The patterns of aigonix's schema, each written out as a loop that answers what {@code
 * java.util.regex}'s {@code find()} answers (networknt's reading of {@code pattern}): a validate of
 * a valid file reaches several, and compiling them was most of what made it load the regular
 * expression engine and link its lambdas on every start (issue 15). A pattern not listed here is
 * compiled as before. {@code KnownPatternsTest} compares each with the expression.
 *
 * <p>All are anchored {@code ^…$}; Java's {@code $} also matches before one line terminator that
 * ends the text, which none of the bodies can match, so a text is also accepted without it.
 */
final class KnownPatterns {
  static final int UNKNOWN = -1;
  private static final int DNS1123_SUBDOMAIN = 0;
  private static final int DNS1123_LABEL_40 = 1;
  private static final int PRINTABLE = 2;
  private static final int DURATION = 3;
  private static final int LINT_CODE = 4;

  private KnownPatterns() {}

  /** The loop for {@code pattern}, or {@link #UNKNOWN}. */
  static int of(String pattern) {
    return switch (pattern) {
      case "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" ->
          DNS1123_SUBDOMAIN;
      case "^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$" -> DNS1123_LABEL_40;
      case "^[!-~]*$" -> PRINTABLE;
      case "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$" -> DURATION;
      case "^AGX[0-9]{4}$" -> LINT_CODE;
      default -> UNKNOWN;
    };
  }

  /** What {@code Pattern.compile(pattern).matcher(text).find()} answers, for a known pattern. */
  static boolean find(int known, String text) {
    if (body(known, text, text.length())) {
      return true;
    }
    int terminator = finalTerminator(text);
    return terminator > 0 && body(known, text, text.length() - terminator);
  }

  /** The length of the line terminator {@code $} may match before at the end, or 0. */
  private static int finalTerminator(String text) {
    int n = text.length();
    if (n >= 2 && text.charAt(n - 2) == '\r' && text.charAt(n - 1) == '\n') {
      return 2; // not between \r and \n
    }
    if (n == 0) {
      return 0;
    }
    char c = text.charAt(n - 1);
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? 1 : 0;
  }

  /** Whether the pattern's body between the anchors matches {@code text[0, end)}. */
  private static boolean body(int known, String text, int end) {
    return switch (known) {
      case DNS1123_SUBDOMAIN -> KubernetesNames.isDns1123Subdomain(text.substring(0, end));
      case DNS1123_LABEL_40 -> end <= 40 && KubernetesNames.isDns1123Label(text.substring(0, end));
      case PRINTABLE -> printable(text, end);
      case DURATION -> duration(text, end);
      case LINT_CODE -> lintCode(text, end);
      default -> throw new IllegalArgumentException("not a known pattern: " + known);
    };
  }

  private static boolean printable(String text, int end) {
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < '!' || c > '~') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code 0|([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+}. The longer unit is taken first: a part must
   * start with a digit, so an 's' left after 'm' could never be read.
   */
  private static boolean duration(String text, int end) {
    if (end == 0) {
      return false;
    }
    if (end == 1 && text.charAt(0) == '0') {
      return true;
    }
    int i = 0;
    while (i < end) {
      int digits = digits(text, i, end);
      if (digits == 0) {
        return false;
      }
      i += digits;
      if (i < end && text.charAt(i) == '.') {
        int fraction = digits(text, i + 1, end);
        if (fraction == 0) {
          return false;
        }
        i += 1 + fraction;
      }
      int unit = unit(text, i, end);
      if (unit == 0) {
        return false;
      }
      i += unit;
    }
    return true;
  }

  private static int digits(String text, int from, int end) {
    int i = from;
    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  private static int unit(String text, int at, int end) {
    if (at >= end) {
      return 0;
    }
    char c = text.charAt(at);
    boolean secondIsS = at + 1 < end && text.charAt(at + 1) == 's';
    if ((c == 'n' || c == 'u' || c == 'µ' || c == 'm') && secondIsS) {
      return 2;
    }
    return c == 's' || c == 'm' || c == 'h' ? 1 : 0;
  }

  private static boolean lintCode(String text, int end) {
    if (end != 7 || !text.startsWith("AGX")) {
      return false;
    }
    return digits(text, 3, end) == 4;
  }
}
