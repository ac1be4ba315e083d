package io.aigonix.diag;

import java.util.List;

/**
 * Looks up a line of a file's text for quoting under a diagnostic; empty when it is not known. The
 * quoted line may hide parts of the original (secrets), so a column moves with {@link #column}.
 */
@FunctionalInterface
public interface SourceLines {
  SourceLines NONE = new None();

  String line(String file, int line);

  /** Where 1-based {@code column} of the original line is in the quoted {@link #line}. */
  default int column(String file, int line, int column) {
    return column;
  }

  /** The first of {@code all} that knows the line (each knows the files it was made for). */
  static SourceLines firstOf(List<SourceLines> all) {
    return new SourceLines() {
      @Override
      public String line(String file, int line) {
        for (SourceLines s : all) {
          String l = s.line(file, line);
          if (!l.isEmpty()) {
            return l;
          }
        }
        return "";
      }

      @Override
      public int column(String file, int line, int column) {
        for (SourceLines s : all) {
          if (!s.line(file, line).isEmpty()) {
            return s.column(file, line, column);
          }
        }
        return column;
      }
    };
  }

  /** Knows no line (a class rather than a lambda, which would link on every start). */
  final class None implements SourceLines {
    private None() {}

    @Override
    public String line(String file, int line) {
      return "";
    }
  }
}
