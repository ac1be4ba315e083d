package io.aigonix.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link TextScan} splits lines as {@link String#lines()} does, its pre-check never refuses what a
 * case-insensitive expression finds, and {@link Credentials} finds what it found before its
 * expressions were compiled lazily behind that pre-check ({@link Before}, the old code, is the
 * oracle).
 */
class TextScanTest {
  private static final int RUNS = LoopOracle.RUNS;
  private static final String[] FRAGMENTS = {
    "password",
    "PWD",
    "Passwd",
    "AccountKey",
    "sharedaccesskey",
    "ACCESSKEY",
    "secret",
    "DB_PASSWORD",
    "api_key",
    "=",
    " = ",
    ":",
    "\"",
    "'",
    "<",
    ">",
    "</",
    "<password>",
    "</pwd>",
    ";",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "export ",
    "#",
    "x",
    "hunter2",
    "$(",
    "${X}",
    "*",
    "**",
    "://",
    "https://u:p@h",
    "a.b_c-d",
    "é",
    "\u212a",
    "{{",
    "%",
  };

  @Test
  void linesAsStringLines() {
    Random random = new Random(1);
    for (int i = 0; i < RUNS; i++) {
      String text = LoopOracle.fromFragments(random, FRAGMENTS, 8);
      assertThat(TextScan.lines(text)).as("'%s'", text).isEqualTo(text.lines().toList());
    }
  }

  @Test
  void containsIgnoreCaseLetsEveryMatchThrough() {
    Random random = new Random(2);
    for (String word :
        new String[] {"passw", "pwd", "accesskey", "accountkey", "file", "writeto"}) {
      Pattern oracle = Pattern.compile("(?i)" + Pattern.quote(word));
      int found = 0;
      for (int i = 0; i < RUNS / 10; i++) {
        String text =
            LoopOracle.fromFragments(random, FRAGMENTS, 4)
                + (i % 3 == 0 ? word.toUpperCase(Locale.ROOT) : "");
        boolean expected = oracle.matcher(text).find();
        found += expected ? 1 : 0;
        if (expected) {
          assertThat(TextScan.containsIgnoreCase(text, word))
              .as("'%s' in '%s'", word, text)
              .isTrue();
        }
      }
      assertThat(found).isGreaterThan(RUNS / 50);
    }
  }

  @Test
  void credentialsAsBefore() {
    Random random = new Random(3);
    String[] files = {
      ".env", "appsettings.json", "x.INI", "a.properties", "b.conf", "c.cfg", "d.xml"
    };
    int found = 0;
    for (int i = 0; i < RUNS; i++) {
      String line = LoopOracle.fromFragments(random, FRAGMENTS, 7);
      int expected = Before.find(line);
      assertThat(Credentials.find(line)).as("'%s'", line).isEqualTo(expected);
      String file = files[random.nextInt(files.length)];
      assertThat(Credentials.firstLine(file, line))
          .as("'%s' in %s", line, file)
          .isEqualTo(Before.firstLine(file, line));
      found += expected >= 0 ? 1 : 0;
    }
    assertThat(found).isGreaterThan(RUNS / 50);
  }

  @Test
  void starsAsTheExpression() {
    for (String s : new String[] {"", "*", "***", "*a", "a*", " *", "**\n"}) {
      assertThat(Credentials.stars(s)).as("'%s'", s).isEqualTo(s.matches("\\*+"));
    }
  }

  /** Credentials as it was before (1a8035c): expressions compiled up front, no pre-check. */
  private static final class Before {
    private static final List<Pattern> PATTERNS =
        List.of(
            Pattern.compile(
                "(?i)(?<![A-Za-z0-9_.-])(?:password|pwd|accountkey|sharedaccesskey)\\s*=\\s*([^;\"'\\s<>]+)"),
            Pattern.compile("(?i)\"(?:password|pwd|passwd)\"\\s*:\\s*\"([^\"]+)\""),
            Pattern.compile("(?i)<(?:password|pwd)>([^<]+)</"));
    private static final Pattern ASSIGNMENT =
        Pattern.compile(
            "^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*[=:]\\s*[\"']?([^\\s\"'#][^\"']*)");
    private static final Pattern SECRET_KEY =
        Pattern.compile(
            "(?i)(?:.*[_.-])?(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)");
    private static final List<String> KEY_VALUE_FILES =
        List.of(".env", ".ini", ".properties", ".conf", ".cfg");

    static int firstLine(String fileName, String text) {
      String name = fileName.toLowerCase(Locale.ROOT);
      boolean keyValue = KEY_VALUE_FILES.stream().anyMatch(name::endsWith);
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (find(line) >= 0 || keyValue && secretAssignment(line)) {
          return i + 1;
        }
      }
      return 0;
    }

    static int find(String line) {
      int first = uriPassword(line);
      for (Pattern pattern : PATTERNS) {
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
      Matcher m = ASSIGNMENT.matcher(line);
      return m.find()
          && SECRET_KEY.matcher(m.group(1)).matches()
          && !isReference(m.group(2).trim());
    }

    private static boolean isReference(String value) {
      return value.startsWith("$(")
          || value.startsWith("${")
          || value.startsWith("{{")
          || value.startsWith("#{")
          || value.startsWith("%")
          || value.startsWith("<")
          || value.matches("\\*+");
    }
  }
}
