package io.aigonix.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the input, placed at a line and column (1-based) of a file. The message and
 * hint never quote a secret value: rules that look at secrets name the key, never the value.
 */
public record Diagnostic(
    Code code,
    Severity severity,
    String message,
    String file,
    int line,
    int column,
    String pointer,
    String hint) {

  /** Diagnostics are reported in file order; ties keep a stable order by code and message. */
  public static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(d -> d.code().id())
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    pointer = pointer == null ? "" : pointer;
    hint = hint == null ? "" : hint;
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
