package io.aigonix.importer;

import java.math.BigDecimal;

/**
 * Canonical quantities: the API server prints {@code cpu: "2"} for {@code 2000m} and {@code 1Gi}
 * for {@code 1024Mi}; import compares them as values and writes cpu in millicores, as aigonix's
 * defaults are.
 */
final class Quantities {
  private Quantities() {}

  static String cpu(String quantity) {
    if (quantity.endsWith("m")) {
      return quantity;
    }
    try {
      return new BigDecimal(quantity)
              .multiply(BigDecimal.valueOf(1000))
              .stripTrailingZeros()
              .toPlainString()
          + "m";
    } catch (NumberFormatException e) {
      return quantity;
    }
  }

  /**
   * Bytes of a memory quantity, to compare {@code 1Gi} and {@code 1024Mi}; null when it does not
   * parse.
   */
  static BigDecimal bytes(String quantity) {
    String[] suffixes = {"Ki", "Mi", "Gi", "Ti", "k", "M", "G", "T"};
    long[] factors = {
      1L << 10, 1L << 20, 1L << 30, 1L << 40, 1000L, 1000_000L, 1000_000_000L, 1000_000_000_000L
    };
    for (int i = 0; i < suffixes.length; i++) {
      if (quantity.endsWith(suffixes[i])) {
        return number(quantity.substring(0, quantity.length() - suffixes[i].length()), factors[i]);
      }
    }
    return number(quantity, 1);
  }

  private static BigDecimal number(String text, long factor) {
    try {
      return new BigDecimal(text).multiply(BigDecimal.valueOf(factor));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static boolean sameMemory(String a, String b) {
    BigDecimal x = bytes(a);
    BigDecimal y = bytes(b);
    return x != null && y != null ? x.compareTo(y) == 0 : a.equals(b);
  }
}
