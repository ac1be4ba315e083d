package io.aigonix.publish;

import java.util.regex.Pattern;

/** Removes credentials from anything that may reach output: user info in URLs, and known secret values. */
public final class Scrubber {
  private static final Pattern USERINFO = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]+@");

  private Scrubber() {}

  /** {@code https://user:token@host/x} → {@code https://***@host/x}. */
  public static String scrubUrls(String text) {
    return text == null ? null : USERINFO.matcher(text).replaceAll("$1***@");
  }

  /** Scrubs URLs and every occurrence of the given secret values (tokens, passwords). */
  public static String scrub(String text, Iterable<String> secrets) {
    String out = scrubUrls(text);
    if (out == null) {
      return null;
    }
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        out = out.replace(secret, "***");
      }
    }
    return out;
  }
}
