package io.aigonix.validate;

/**
 * Env names that suggest a secret value (AGX2016, and lint's credentials check leaves them to it):
 * {@code
 * (?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|CONNECTION_?STRING).*}
 * as a loop, since every env key of a validate is asked and compiling a case-insensitive expression
 * cost a pre-commit hook several milliseconds (issue 15). {@code SecretNamesTest} compares with the
 * expression.
 */
public final class SecretNames {
  private static final String[] WORDS = {
    "PASSWORD",
    "PASSWD",
    "SECRET",
    "TOKEN",
    "APIKEY",
    "API_KEY",
    "PRIVATEKEY",
    "PRIVATE_KEY",
    "ACCESSKEY",
    "ACCESS_KEY",
    "CREDENTIAL",
    "CONNECTIONSTRING",
    "CONNECTION_STRING"
  };

  private SecretNames() {}

  public static boolean looksSecret(String name) {
    char[] upper = new char[name.length()];
    for (int i = 0; i < upper.length; i++) {
      char c = name.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false; // the expression's '.' matches no line terminator
      }
      // (?i) without UNICODE_CASE folds US-ASCII letters only
      upper[i] = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }
    String folded = new String(upper);
    for (String word : WORDS) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
