package io.aigonix.publish;

import java.util.regex.Pattern;

/**
 * Removes credentials from anything that may reach output: user info in URLs, and known secret
 * values.
 */
public final class Scrubber {
  private static final Pattern USERINFO = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)[^\\s]*@");

  private static final int SHORT = 4;

  private Scrubber() {}

  /**
   * {@code https://user:token@host/x} → {@code https://***@host/x}; up to the last '@' of the URL,
   * as a password may hold '@' and '/' (a path with an '@' is hidden too: better too much than too
   * little).
   */
  public static String scrubUrls(String text) {
    return text == null ? null : USERINFO.matcher(text).replaceAll("$1***@");
  }

  /**
   * Scrubs URLs and the given secret values (tokens, passwords): every occurrence of one of 4 or
   * more characters, and of a shorter one every occurrence as a whole token (not touching a letter
   * or digit).
   */
  public static String scrub(String text, Iterable<String> secrets) {
    String out = scrubUrls(text);
    if (out == null) {
      return null;
    }
    for (String secret : secrets) {
      if (secret == null || secret.isEmpty()) {
        continue;
      }
      if (secret.length() >= SHORT) {
        out = out.replace(secret, "***");
      } else {
        // A short secret ("pw", "1") hidden everywhere would wreck the text ("1 added" → "***
        // added" is
        // fine, "201" → "20***" is not); as a whole token it is hidden, inside a longer word it
        // says nothing.
        out =
            Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])")
                .matcher(out)
                .replaceAll("***");
      }
    }
    return out;
  }
}
