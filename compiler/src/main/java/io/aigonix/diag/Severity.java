package io.aigonix.diag;

/** How bad a diagnostic is: errors stop the pipeline, warnings are reported and let it go on. */
public enum Severity {
  ERROR,
  WARNING;

  /** The lower-case word used in text, JSON and GitHub output. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
