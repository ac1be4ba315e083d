package io.aigonix.validate.rules;

/** A user's value as a message shows it: at most 40 characters, control characters escaped. */
final class Shown {
  private Shown() {}

  static String of(String value) {
    StringBuilder b = new StringBuilder("'");
    value
        .codePoints()
        .limit(40)
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.append(value.codePointCount(0, value.length()) > 40 ? "…'" : "'").toString();
  }
}
