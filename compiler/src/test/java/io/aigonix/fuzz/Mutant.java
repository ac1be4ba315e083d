package io.aigonix.fuzz;

import java.util.List;

/**
 * A fuzz input: a sample's folder, the text that replaces its aigonix.yaml (the sample mutated, or
 * generated YAML) and the mutations that made it, so a failure report says how to get it again.
 */
record Mutant(String sample, String text, List<String> steps) {
  /** A string planted where a secret would be; it must never show in diagnostics. */
  static final String MARKER = "Pl4ntedS3cret";

  @Override
  public String toString() {
    return sample + " + " + steps + ":\n" + text;
  }
}
