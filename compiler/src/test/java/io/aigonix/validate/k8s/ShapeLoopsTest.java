package io.aigonix.validate.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.validate.LoopOracle;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The loops of {@link ConfigMapKey} and {@link IngressHost} accept exactly what the expressions
 * they replace accepted (kept here as the oracle), on generated strings.
 */
class ShapeLoopsTest {
  private static final int RUNS = LoopOracle.RUNS;

  /** ImageReference's grammar as it was written out (1a8035c). */
  private static final String REFERENCE =
      "((?:(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9]"
          + "[a-zA-Z0-9-]*[a-zA-Z0-9]))*|\\[(?:[a-fA-F0-9:]+)\\])(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|"
          + "[-]+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*)*)(?::([\\w][\\w.-]{0,127}))?"
          + "(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?";

  private static final Pattern GRAMMAR = Pattern.compile(REFERENCE);

  @Test
  void configMapKeys() {
    LoopOracle.agree(
        "[-._a-zA-Z0-9]+",
        ConfigMapKey::isKeyCharacters,
        "aZ9-._/ é",
        8,
        "appsettings.json",
        "..x",
        "a");
  }

  @Test
  void ipv4() {
    LoopOracle.agree(
        "[0-9]{1,3}(\\.[0-9]{1,3}){3}",
        IngressHost::isIpv4, "0159..a:", 16, "10.0.0.1", "192.168.100.255", "1.2.3.4");
  }

  @Test
  void ipv6() {
    LoopOracle.agree(
        "\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\\]?",
        IngressHost::isIpv6,
        "09afAFgG:.[]x-",
        10,
        "[::1]",
        "fe80::1",
        "::ffff:10.0.0.1");
  }

  @Test
  void lowerHex() {
    LoopOracle.agree(
        "[a-f0-9]{64}",
        s -> ImageReference.isLowerHex(s, 64),
        "09afAg:",
        66,
        "a".repeat(64),
        "0123456789abcdef".repeat(4),
        "f".repeat(63) + "0");
  }

  @Test
  void spaceOrControl() {
    LoopOracle.agree(
        "(?s).*[\\s\\p{Cntrl}].*",
        Urls::hasSpaceOrControl,
        "a:/ \t\n\u000b\f\r\u0000\u001f\u007f\u0080\u00a0\u2028é",
        4,
        "git@host:a b",
        "a\u007f",
        " ");
  }

  @Test
  void exponentDigits() {
    Random random = new Random(9);
    for (int i = 0; i < RUNS; i++) {
      String e = LoopOracle.randomString(random, "+-0012", 6);
      assertThat(Quantity.significantDigits(e))
          .as("'%s'", e)
          .isEqualTo(e.replaceFirst("^[+-]", "").replaceFirst("^0+", "").length());
    }
  }

  /** Plain references read by {@link PlainImageName} as the grammar reads them. */
  @Test
  void plainImagesAsTheGrammarReadsThem() {
    Pattern grammar = Pattern.compile(REFERENCE);
    String alphabet = "az09AZ._-/:@[]_ ";
    String[] seeds = {
      "acmecorp.azurecr.io/orders:1.2.0",
      "registry:5000/team/app",
      "mongo:7.0",
      "dolittle/runtime:9.3.3",
      "a__b--c.d/e_f:v1.2-rc_1",
      "Registry.Example.com:443/x",
      "localhost/app@sha256:" + "a".repeat(64),
    };
    Random random = new Random(17);
    int plain = 0;
    for (int i = 0; i < RUNS; i++) {
      String im =
          i % 4 == 0
              ? LoopOracle.randomString(random, alphabet, 12)
              : LoopOracle.mutate(random, seeds[random.nextInt(seeds.length)], alphabet);
      String name = PlainImageName.of(im);
      java.util.regex.Matcher m = grammar.matcher(im);
      boolean matches = m.matches();
      if (name != null) {
        plain++;
        assertThat(matches).as("'%s' matches", im).isTrue();
        assertThat(name).as("name of '%s'", im).isEqualTo(m.group(1));
      }
      assertThat(ImageReference.problem(im)).as("'%s'", im).isEqualTo(imageProblemBefore(im));
    }
    assertThat(plain).isGreaterThan(RUNS / 10);
  }

  /** ImageReference.problem as it was (1a8035c), by the grammar alone. */
  private static java.util.Optional<String> imageProblemBefore(String image) {
    java.util.regex.Matcher m = GRAMMAR.matcher(image);
    if (!m.matches()) {
      return java.util.Optional.of(
          image.chars().anyMatch(Character::isUpperCase)
                  && GRAMMAR.matcher(image.toLowerCase(java.util.Locale.ROOT)).matches()
              ? "the repository path must be lower-case"
              : "it is not [registry[:port]/]path[:tag][@digest] (distribution reference grammar)");
    }
    String name = m.group(1);
    if (name.length() > 255) {
      return java.util.Optional.of("the repository name is longer than 255 characters");
    }
    if (name.matches("[a-f0-9]{64}")) {
      return java.util.Optional.of("a repository name cannot be a 64-character hexadecimal string");
    }
    String digest = m.group(3);
    if (digest != null) {
      String algorithm = digest.substring(0, digest.indexOf(':'));
      String encoded = digest.substring(algorithm.length() + 1);
      int length = algorithm.equals("sha256") ? 64 : algorithm.equals("sha512") ? 128 : 0;
      if (length > 0 && !encoded.matches("[a-f0-9]{" + length + "}")) {
        return java.util.Optional.of(
            "a " + algorithm + " digest is " + length + " lower-case hexadecimal digits");
      }
    }
    return java.util.Optional.empty();
  }

  /** Quantities and durations read as before (1a8035c), by the expressions alone. */
  @Test
  void quantitiesAndDurationsAsBefore() {
    Random random = new Random(16);
    String quantityAlphabet = "+-.0159KMGTPEinumkeExX é";
    String durationAlphabet = "+-.0159nusmhµμx ";
    int plain = 0;
    int simple = 0;
    for (int i = 0; i < RUNS; i++) {
      String q =
          i % 2 == 0
              ? LoopOracle.randomString(random, quantityAlphabet, 6)
              : LoopOracle.mutate(random, i % 4 == 1 ? "256Mi" : "1.5e3", quantityAlphabet);
      assertThat(Quantity.parse(q)).as("quantity '%s'", q).isEqualTo(Before.parse(q));
      plain += q.matches("[0-9]+(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?") ? 1 : 0;
      String d =
          i % 2 == 0
              ? LoopOracle.randomString(random, durationAlphabet, 7)
              : LoopOracle.mutate(random, i % 4 == 1 ? "1h30m" : "1.5ms", durationAlphabet);
      assertThat(GoDuration.goProblem(d)).as("duration '%s'", d).isEqualTo(Before.goProblem(d));
      assertThat(GoDuration.fluxProblem(d)).as("interval '%s'", d).isEqualTo(Before.fluxProblem(d));
      simple += GoDuration.simpleTotal(d) != null ? 1 : 0;
    }
    assertThat(plain).isGreaterThan(RUNS / 50);
    assertThat(simple).isGreaterThan(RUNS / 50);
    assertThat(GoDuration.fluxProblem("9999999999h"))
        .contains("it is longer than Go's time.Duration can hold");
  }

  /** Quantity's parse and GoDuration's checks as they were, by their expressions alone. */
  private static final class Before {
    static final Pattern FORM =
        Pattern.compile(
            "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?");
    static final java.util.Map<String, Integer> DECIMAL =
        java.util.Map.of(
            "n", -9, "u", -6, "m", -3, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
    static final java.util.Map<String, Integer> BINARY =
        java.util.Map.of("Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);
    static final Pattern FLUX = Pattern.compile("([0-9]+(\\.[0-9]+)?(ms|s|m|h))+");
    static final Pattern PART = Pattern.compile("([0-9]*)(\\.[0-9]*)?([^0-9.]+)");
    static final java.util.Map<String, Long> UNITS =
        java.util.Map.of(
            "ns",
            1L,
            "us",
            1_000L,
            "\u00b5s",
            1_000L,
            "\u03bcs",
            1_000L,
            "ms",
            1_000_000L,
            "s",
            1_000_000_000L,
            "m",
            60_000_000_000L,
            "h",
            3_600_000_000_000L);
    static final java.math.BigDecimal MAX = new java.math.BigDecimal(Long.MAX_VALUE);

    static java.util.Optional<java.math.BigDecimal> parse(String text) {
      java.util.regex.Matcher m = FORM.matcher(text);
      if (!m.matches()) {
        return java.util.Optional.empty();
      }
      java.math.BigDecimal number =
          new java.math.BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1));
      String suffix = m.group(2) == null ? "" : m.group(2);
      if (suffix.isEmpty()) {
        return java.util.Optional.of(number);
      }
      if (BINARY.containsKey(suffix)) {
        return java.util.Optional.of(
            number.multiply(java.math.BigDecimal.valueOf(2).pow(BINARY.get(suffix))));
      }
      if (DECIMAL.containsKey(suffix)) {
        return java.util.Optional.of(number.scaleByPowerOfTen(DECIMAL.get(suffix)));
      }
      String exponent = suffix.substring(1);
      if (exponent.replaceFirst("^[+-]", "").replaceFirst("^0+", "").length() > 9) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(number.scaleByPowerOfTen(Integer.parseInt(exponent)));
    }

    static java.util.Optional<String> goProblem(String text) {
      String s = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
      if (s.equals("0")) {
        return java.util.Optional.empty();
      }
      if (s.isEmpty()) {
        return java.util.Optional.of("it is not a duration");
      }
      java.math.BigDecimal total = java.math.BigDecimal.ZERO;
      java.util.regex.Matcher m = PART.matcher(s);
      int at = 0;
      while (at < s.length()) {
        if (!m.find(at) || m.start() != at) {
          return java.util.Optional.of("it is not a duration such as 5m or 1h30m");
        }
        String whole = m.group(1);
        String fraction = m.group(2) == null ? "" : m.group(2).substring(1);
        if (whole.isEmpty() && fraction.isEmpty()) {
          return java.util.Optional.of("it is not a duration such as 5m or 1h30m");
        }
        Long unit = UNITS.get(m.group(3));
        if (unit == null) {
          return java.util.Optional.of(
              "unknown unit '" + m.group(3) + "' (use ns, us, ms, s, m or h)");
        }
        java.math.BigDecimal value =
            new java.math.BigDecimal((whole.isEmpty() ? "0" : whole) + "." + fraction + "0");
        total = total.add(value.multiply(java.math.BigDecimal.valueOf(unit)));
        at = m.end();
      }
      return total.compareTo(MAX) > 0
          ? java.util.Optional.of("it is longer than Go's time.Duration can hold")
          : java.util.Optional.empty();
    }

    static java.util.Optional<String> fluxProblem(String text) {
      java.util.Optional<String> go = goProblem(text);
      if (go.isPresent()) {
        return go;
      }
      return FLUX.matcher(text).matches()
          ? java.util.Optional.empty()
          : java.util.Optional.of(
              "Flux accepts only positive durations in ms, s, m and h, e.g. 5m or 1h30m");
    }
  }

  /** The pre-checks never refuse what their expression matches (they may let more through). */
  @Test
  void preChecksLetEveryMatchThrough() {
    Pattern quantity =
        Pattern.compile(
            "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?");
    Pattern image = Pattern.compile(REFERENCE);
    Random random = new Random(15);
    int quantities = 0;
    int images = 0;
    for (int i = 0; i < RUNS; i++) {
      String q =
          i % 2 == 0
              ? LoopOracle.randomString(random, "+-.019KMGTPEinumkeExX é", 6)
              : LoopOracle.mutate(random, "1.5Gi", "+-.019KMGTPEinumkeExX é");
      if (quantity.matcher(q).matches()) {
        quantities++;
        assertThat(Quantity.mayMatch(q)).as("quantity '%s'", q).isTrue();
      }
      String im =
          i % 2 == 0
              ? LoopOracle.randomString(random, "aZ09._-/:@[]+ é\u212a", 10)
              : LoopOracle.mutate(random, "registry:5000/team/app:1.2.0", "aZ09._-/:@[]+ é\u212a");
      if (image.matcher(im).matches()) {
        images++;
        assertThat(ImageReference.mayMatch(im)).as("image '%s'", im).isTrue();
      }
    }
    assertThat(quantities).isGreaterThan(RUNS / 50);
    assertThat(images).isGreaterThan(RUNS / 50);
  }

  /** The problems of images whose upper-case letters lower-case into ASCII (the Kelvin sign). */
  @Test
  void kelvinSignStillNamesTheLowerCaseRule() {
    assertThat(ImageReference.problem("\u212aafka:1"))
        .contains("the repository path must be lower-case");
    assertThat(ImageReference.problem("Kafka:1"))
        .contains("the repository path must be lower-case");
    assertThat(ImageReference.problem("kafka:1 ")).isPresent();
  }
}
