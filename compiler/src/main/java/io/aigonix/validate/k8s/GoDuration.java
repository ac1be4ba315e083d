package io.aigonix.validate.k8s;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Flux interval: what the Flux CRD's OpenAPI pattern admits ({@code
 * kustomize.toolkit.fluxcd.io/v1} {@code spec.interval}: {@code ^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$},
 * enforced by the API server) and what the controller then parses with Go's {@code
 * time.ParseDuration} (a port of {@code src/time/format.go} {@code ParseDuration}: units ns, us,
 * µs, μs, ms, s, m, h, at most 2^63-1 ns in total).
 */
public final class GoDuration {
  /** Flux's pattern, compiled on the first interval Go accepts. */
  private static final class Flux {
    static final Pattern PATTERN = Pattern.compile("([0-9]+(\\.[0-9]+)?(ms|s|m|h))+");
  }

  /** One number and unit, compiled on the first duration other than 0. */
  private static final class Part {
    static final Pattern PATTERN = Pattern.compile("([0-9]*)(\\.[0-9]*)?([^0-9.]+)");
  }

  private static final Map<String, Long> UNITS =
      Map.of(
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
  private static final BigDecimal MAX = new BigDecimal(Long.MAX_VALUE);

  private GoDuration() {}

  /** Why {@code text} is not a duration {@code time.ParseDuration} accepts, or empty. */
  public static Optional<String> goProblem(String text) {
    String s = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
    if (s.equals("0")) {
      return Optional.empty();
    }
    if (s.isEmpty()) {
      return Optional.of("it is not a duration");
    }
    BigDecimal simple = simpleTotal(s);
    if (simple != null) {
      return tooLong(simple);
    }
    BigDecimal total = BigDecimal.ZERO;
    java.util.regex.Matcher m = Part.PATTERN.matcher(s);
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at) {
        return Optional.of("it is not a duration such as 5m or 1h30m");
      }
      String whole = m.group(1);
      String fraction = m.group(2) == null ? "" : m.group(2).substring(1);
      if (whole.isEmpty() && fraction.isEmpty()) {
        return Optional.of("it is not a duration such as 5m or 1h30m");
      }
      Long unit = UNITS.get(m.group(3));
      if (unit == null) {
        return Optional.of("unknown unit '" + m.group(3) + "' (use ns, us, ms, s, m or h)");
      }
      BigDecimal value = new BigDecimal((whole.isEmpty() ? "0" : whole) + "." + fraction + "0");
      total = total.add(value.multiply(BigDecimal.valueOf(unit)));
      at = m.end();
    }
    return tooLong(total);
  }

  private static Optional<String> tooLong(BigDecimal nanoseconds) {
    return nanoseconds.compareTo(MAX) > 0
        ? Optional.of("it is longer than Go's time.Duration can hold")
        : Optional.empty();
  }

  /**
   * The nanoseconds of the common form, whole numbers each with a unit Flux allows ("5m", "1h30m",
   * {@code ([0-9]+(ms|s|m|h))+}), read without the expressions; null for any other text. Both
   * expressions read such a text part by part as this does; ShapeLoopsTest checks they agree.
   */
  static BigDecimal simpleTotal(String s) {
    BigDecimal total = BigDecimal.ZERO;
    int at = 0;
    while (at < s.length()) {
      int digits = at;
      while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
        digits++;
      }
      int end = digits;
      while (end < s.length()
          && (s.charAt(end) == 'm' || s.charAt(end) == 's' || s.charAt(end) == 'h')) {
        end++;
      }
      String unit = s.substring(digits, end);
      boolean next = end == s.length() || s.charAt(end) >= '0' && s.charAt(end) <= '9';
      if (digits == at
          || !next
          || !(unit.equals("ms") || unit.equals("s") || unit.equals("m") || unit.equals("h"))) {
        return null;
      }
      total =
          total.add(
              new BigDecimal(s.substring(at, digits))
                  .multiply(BigDecimal.valueOf(UNITS.get(unit))));
      at = end;
    }
    return at == 0 ? null : total;
  }

  /** Why {@code text} is not a Flux interval, or empty. */
  public static Optional<String> fluxProblem(String text) {
    Optional<String> go = goProblem(text);
    if (go.isPresent()) {
      return go;
    }
    // the common form is one Flux's pattern matches
    return simpleTotal(text) != null || Flux.PATTERN.matcher(text).matches()
        ? Optional.empty()
        : Optional.of("Flux accepts only positive durations in ms, s, m and h, e.g. 5m or 1h30m");
  }
}
