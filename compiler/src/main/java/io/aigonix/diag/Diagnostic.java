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

  /**
   * Diagnostics are reported in file order; ties keep a stable order by code and message. Written
   * out rather than chained from {@code Comparator.comparing}: each of those lambdas is linked on
   * every start, and every check sorts.
   */
  public static final Comparator<Diagnostic> BY_POSITION = new ByPosition();

  private static final class ByPosition implements Comparator<Diagnostic> {
    @Override
    public int compare(Diagnostic a, Diagnostic b) {
      int c = a.file.compareTo(b.file);
      if (c == 0) {
        c = Integer.compare(a.line, b.line);
      }
      if (c == 0) {
        c = Integer.compare(a.column, b.column);
      }
      if (c == 0) {
        c = a.code.id().compareTo(b.code.id());
      }
      return c != 0 ? c : a.message.compareTo(b.message);
    }
  }

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
