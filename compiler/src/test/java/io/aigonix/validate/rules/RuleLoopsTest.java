package io.aigonix.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules' loops accept exactly what the expressions they replace accepted (kept here as the
 * oracle), on generated strings: random ones over an alphabet near each shape, and valid examples
 * with a few characters changed, inserted or removed.
 */
class RuleLoopsTest {
  private static final int RUNS = 100_000;

  @Test
  void envNames() {
    agree(
        "[-._a-zA-Z][-._a-zA-Z0-9]*",
        EnvNameRule::isEnvName,
        "aZ9_-. /=é",
        10,
        "DB_HOST",
        "-x.y_z",
        "a");
  }

  @Test
  void guids() {
    agree(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        GuidRule::isGuid,
        "0aF9-gG ",
        40,
        "445f8ea8-1a6f-40d7-b2fc-796dba92dc44",
        "00000000-0000-0000-0000-000000000000",
        "ABCDEFAB-CDEF-ABCD-EFAB-CDEFABCDEFAB");
  }

  @Test
  void publicPaths() {
    agree(
        "/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*",
        UrlPaths::isPath, "/aZ9._~!$&'()*+,;=:@%-? #\\\"é", 8, "/orders", "/", "/a/b-c/~d");
  }

  @Test
  void probePaths() {
    agree(
        "/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*(\\?[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?",
        UrlPaths::isPathWithQuery,
        "/aZ9._~!$&'()*+,;=:@%-?? #\\\"é",
        8,
        "/healthz",
        "/ready?full=1",
        "/?a?b");
  }

  @Test
  void names() {
    agree(
        "[A-Za-z0-9](?:(?:[A-Za-z0-9-]| (?! ))*[A-Za-z0-9])?",
        NameRule::isNameText,
        "aZ9-  _.é",
        8,
        "Bench Retail",
        "orders-2",
        "x");
  }

  @Test
  void base64() {
    agree(
        "(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?",
        CiphertextRule::isBase64, "aZ9+/==-_ ", 12, "AgBy3i4OJSWK+PiTySYZZA==", "QUJD", "QUI=");
  }

  @Test
  void controlCharacters() {
    agree(
        "(?s).*\\p{Cntrl}.*",
        ControlCharacterRule::hasControl,
        "a \t\n\r\u0000\u001f\u007f\u0080\u00a0é",
        4,
        "a\tb",
        "\u007f",
        "x\n");
  }

  @Test
  void oneLineFields() {
    agree(
        "/gitops/path|/gitops/argocd/targetRevision|/applications/\\d+/registry/server"
            + "|/applications/\\d+/microservices/\\d+/eventHorizons/\\d+/partition",
        ControlCharacterRule::isOneLine,
        "/09a",
        6,
        "/gitops/path",
        "/gitops/argocd/targetRevision",
        "/applications/0/registry/server",
        "/applications/12/microservices/3/eventHorizons/0/partition");
  }

  /**
   * Checks {@code loop} against {@code expression} on generated strings; valid examples must come
   * up often enough that both answers are exercised.
   */
  private static void agree(
      String expression, Predicate<String> loop, String alphabet, int maxLength, String... valid) {
    Pattern oracle = Pattern.compile(expression);
    Random random = new Random(expression.hashCode());
    int matched = 0;
    for (int i = 0; i < RUNS; i++) {
      String s =
          i % 2 == 0
              ? randomString(random, alphabet, maxLength)
              : mutate(random, valid[random.nextInt(valid.length)], alphabet);
      boolean expected = oracle.matcher(s).matches();
      assertThat(loop.test(s)).as("'%s' against %s", s, expression).isEqualTo(expected);
      matched += expected ? 1 : 0;
    }
    assertThat(matched).as("valid strings generated").isGreaterThan(RUNS / 50);
    assertThat(matched).as("invalid strings generated").isLessThan(RUNS - RUNS / 50);
  }

  static String randomString(Random random, String alphabet, int maxLength) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int j = 0; j < length; j++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** {@code seed} with zero to two characters replaced, inserted or removed. */
  static String mutate(Random random, String seed, String alphabet) {
    StringBuilder s = new StringBuilder(seed);
    int changes = random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length());
      char ch = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(3)) {
        case 0 -> {
          if (s.length() > 0) {
            s.setCharAt(at, ch);
          }
        }
        case 1 -> s.insert(at, ch);
        default -> {
          if (s.length() > 0) {
            s.deleteCharAt(at);
          }
        }
      }
    }
    return s.toString();
  }
}
