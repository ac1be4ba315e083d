package io.aigonix.validate.k8s;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity, parsed as the API server parses it: a port of apimachinery {@code
 * pkg/api/resource/quantity.go} ({@code ParseQuantity}, {@code parseQuantityString}) and {@code
 * suffix.go} ({@code quantitySuffixer.interpret}). The grammar (quantity.go's comment, which is
 * also the OpenAPI {@code quantity} format):
 *
 * <pre>
 * quantity     ::= signedNumber suffix
 * signedNumber ::= [+-]? (digits | digits.digits | digits. | .digits)
 * suffix       ::= binarySI (Ki Mi Gi Ti Pi Ei) | decimalSI (n u m "" k M G T P E) | [eE] signedInteger
 * </pre>
 *
 * Stricter than the parser where it is lax by accident: a bare sign or a bare "." (which
 * parseQuantityString reads as 0) is refused, as the OpenAPI pattern refuses it. Values above
 * 2^63-1 in base units are refused: the API server caps them ("no numbers larger than 2^63-1 in
 * magnitude", quantity.go), so the cluster would hold another value than the file.
 */
public final class Quantity {
  /**
   * The grammar, compiled when the first text that {@link #mayMatch} is parsed (an expression in a
   * static field would be compiled on every start).
   */
  private static final class Form {
    static final Pattern PATTERN =
        Pattern.compile(
            "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?");
  }

  private static final Map<String, Integer> DECIMAL =
      Map.of("n", -9, "u", -6, "m", -3, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
  private static final Map<String, Integer> BINARY =
      Map.of("Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);
  private static final BigDecimal MAX = new BigDecimal(Long.MAX_VALUE);

  private Quantity() {}

  /** The value in base units (cores, bytes), or empty when {@code text} is not a quantity. */
  public static Optional<BigDecimal> parse(String text) {
    if (!mayMatch(text)) {
      return Optional.empty();
    }
    BigDecimal number;
    String suffix;
    int digits = plainDigits(text);
    if (digits > 0) {
      number = new BigDecimal(text.substring(0, digits));
      suffix = text.substring(digits);
    } else {
      Matcher m = Form.PATTERN.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
      number = new BigDecimal(m.group(1).endsWith(".") ? m.group(1) + "0" : m.group(1));
      suffix = m.group(2) == null ? "" : m.group(2);
    }
    if (suffix.isEmpty()) {
      return Optional.of(number);
    }
    if (BINARY.containsKey(suffix)) {
      return Optional.of(number.multiply(BigDecimal.valueOf(2).pow(BINARY.get(suffix))));
    }
    if (DECIMAL.containsKey(suffix)) {
      return Optional.of(number.scaleByPowerOfTen(DECIMAL.get(suffix)));
    }
    String exponent = suffix.substring(1);
    // strconv.ParseInt(exponent, 10, 64); exponents a BigDecimal cannot scale by are far past the
    // cap anyway
    if (significantDigits(exponent) > 9) {
      return Optional.empty();
    }
    return Optional.of(number.scaleByPowerOfTen(Integer.parseInt(exponent)));
  }

  /**
   * The common form read without the grammar: when {@code text} is digits and then nothing or a
   * unit suffix ("2", "500m", "256Mi"), the number of digits, else 0. The grammar reads such a text
   * as those digits and that suffix; ShapeLoopsTest checks both ways agree.
   */
  private static int plainDigits(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    String suffix = text.substring(i);
    return suffix.isEmpty() || BINARY.containsKey(suffix) || DECIMAL.containsKey(suffix) ? i : 0;
  }

  /**
   * Whether the grammar can match at all: a sign, a digit or '.' first, and only characters of
   * numbers and suffixes.
   */
  static boolean mayMatch(String text) {
    if (text.isEmpty() || "+-.0123456789".indexOf(text.charAt(0)) < 0) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if ("+-.0123456789KMGTPEinumkeE".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The exponent's length without its sign and leading zeros (as {@code replaceFirst("^[+-]",
   * "").replaceFirst("^0+", "")}, which compiled both on every call).
   */
  static int significantDigits(String exponent) {
    int i = exponent.startsWith("+") || exponent.startsWith("-") ? 1 : 0;
    while (i < exponent.length() && exponent.charAt(i) == '0') {
      i++;
    }
    return exponent.length() - i;
  }

  /**
   * Why {@code text} is not a quantity the API server keeps as written (non-negative), or empty.
   */
  public static Optional<String> problem(String text) {
    Optional<BigDecimal> value = parse(text);
    if (value.isEmpty()) {
      return Optional.of("it is not a Kubernetes quantity");
    }
    if (value.get().signum() < 0) {
      return Optional.of("it is negative");
    }
    if (value.get().compareTo(MAX) > 0) {
      return Optional.of("it is larger than 2^63-1, which the API server caps");
    }
    return Optional.empty();
  }
}
