package io.aigonix.validate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credentials written into connection strings and config text: {@code
 * scheme://user:password@}, {@code Password=…} / {@code Pwd=…} / {@code AccountKey=…} in ADO.NET,
 * JDBC and Azure connection strings, {@code "password": "…"} or {@code <password>…</password>} in
 * JSON and XML, and secret-named keys in {@code .env}, INI and properties files. The AGX5004 lint
 * check reports them and {@link SecretLines} cuts quoted lines before them, so both agree on what a
 * credential is. A value that only refers to one ({@code $(DB_PASSWORD)}, {@code ${DB_PASSWORD}})
 * is the fix, not a finding.
 */
public final class Credentials {
  /**
   * The expressions, compiled on first use: most values and lines hold none of the words they start
   * with ({@link #mayHoldKeyword}), and a validate of such a file compiles none of them. Each
   * starts with a literal, so a long line (a minified file, a ciphertext) is scanned in linear
   * time; URLs are found from their "://" for the same reason (see uriPassword).
   */
  private static final class Keyed {
    static final List<Pattern> PATTERNS =
        List.of(
            Pattern.compile(
                "(?i)(?<![A-Za-z0-9_.-])(?:password|pwd|accountkey|sharedaccesskey)\\s*=\\s*([^;\"'\\s<>]+)"),
            Pattern.compile("(?i)\"(?:password|pwd|passwd)\"\\s*:\\s*\"([^\"]+)\""),
            Pattern.compile("(?i)<(?:password|pwd)>([^<]+)</"));
  }

  /** The expressions of key-value files, compiled when the first such file is read. */
  private static final class Assignments {
    /**
     * {@code DB_PASSWORD=hunter2} in {@code .env}, INI and properties files: a secret-named key
     * with a value.
     */
    static final Pattern ASSIGNMENT =
        Pattern.compile(
            "^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*[=:]\\s*[\"']?([^\\s\"'#][^\"']*)");

    /**
     * Keys that name a credential itself ({@code DB_PASSWORD}), not a setting about one ({@code
     * password_policy}).
     */
    static final Pattern SECRET_KEY =
        Pattern.compile(
            "(?i)(?:.*[_.-])?(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)");
  }

  private static final List<String> KEY_VALUE_FILES =
      List.of(".env", ".ini", ".properties", ".conf", ".cfg");

  private Credentials() {}

  /** The 1-based number of the first line of a config file's text that holds a credential, or 0. */
  public static int firstLine(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    boolean keyValue = false;
    for (String suffix : KEY_VALUE_FILES) {
      keyValue |= name.endsWith(suffix);
    }
    List<String> lines = TextScan.lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (find(line) >= 0 || keyValue && secretAssignment(line)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The index in {@code line} where the first credential value starts, or -1 when it holds none.
   */
  public static int find(String line) {
    int first = uriPassword(line);
    if (!mayHoldKeyword(line)) {
      return first;
    }
    for (Pattern pattern : Keyed.PATTERNS) {
      Matcher m = pattern.matcher(line);
      while (m.find()) {
        if (!isReference(m.group(1)) && (first < 0 || m.start(1) < first)) {
          first = m.start(1);
          break;
        }
      }
    }
    return first;
  }

  /**
   * Whether the line holds a word each of {@link Keyed#PATTERNS} needs (password, passwd, pwd,
   * accountkey, sharedaccesskey), ignoring case: else none of them can match.
   */
  private static boolean mayHoldKeyword(String line) {
    return TextScan.containsIgnoreCase(line, "passw")
        || TextScan.containsIgnoreCase(line, "pwd")
        || TextScan.containsIgnoreCase(line, "accesskey")
        || TextScan.containsIgnoreCase(line, "accountkey");
  }

  /** Where the password of the first {@code scheme://user:password@} in the line starts, or -1. */
  private static int uriPassword(String line) {
    for (int at = line.indexOf("://"); at >= 0; at = line.indexOf("://", at + 3)) {
      if (at == 0 || !Character.isLetterOrDigit(line.charAt(at - 1))) {
        continue;
      }
      int colon = -1;
      for (int i = at + 3; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '@') {
          if (colon > 0 && i > colon + 1 && !isReference(line.substring(colon + 1, i))) {
            return colon + 1;
          }
          break;
        }
        if (c == ':' && colon < 0) {
          colon = i;
        } else if (c == '/'
            || c == '"'
            || c == '\''
            || c == '<'
            || c == '>'
            || Character.isWhitespace(c)) {
          break;
        }
      }
    }
    return -1;
  }

  private static boolean secretAssignment(String line) {
    if (line.indexOf('=') < 0 && line.indexOf(':') < 0) {
      return false;
    }
    Matcher m = Assignments.ASSIGNMENT.matcher(line);
    return m.find()
        && Assignments.SECRET_KEY.matcher(m.group(1)).matches()
        && !isReference(m.group(2).trim());
  }

  private static boolean isReference(String value) {
    return value.startsWith("$(")
        || value.startsWith("${")
        || value.startsWith("{{")
        || value.startsWith("#{")
        || value.startsWith("%")
        || value.startsWith("<")
        || stars(value);
  }

  /**
   * Whether the value is one or more '*' (as {@code value.matches("\\*+")}, without compiling it).
   */
  static boolean stars(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) != '*') {
        return false;
      }
    }
    return true;
  }
}
