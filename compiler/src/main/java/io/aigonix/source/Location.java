package io.aigonix.source;

/** A 1-based line and column in a source file. */
public record Location(int line, int column) {
  public static final Location START = new Location(1, 1);

  public Location {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("1-based location expected: " + line + ":" + column);
    }
  }
}
