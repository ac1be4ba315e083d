package io.aigonix.diag;

import java.util.List;

/** Renders diagnostics like a compiler: location, code, message, the source line, a caret, a hint. */
public final class TextRenderer {
  private static final int MAX_QUOTED = 120;
  private final SourceLines sources;

  public TextRenderer(SourceLines sources) {
    this.sources = sources;
  }

  public String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(d.file()).append(':').append(d.line()).append(':').append(d.column()).append(": ")
          .append(d.severity().word()).append('[').append(d.code().id()).append("]: ")
          .append(d.message()).append('\n');
      String source = sources.line(d.file(), d.line());
      if (!source.isEmpty()) {
        String number = String.valueOf(d.line());
        String gutter = " ".repeat(Math.max(0, 5 - number.length()));
        int column = sources.column(d.file(), d.line(), d.column());
        out.append(gutter).append(number).append(" | ").append(shorten(source, column)).append('\n');
        out.append("      | ").append(caretPad(source, column)).append("^\n");
      }
      if (!d.hint().isEmpty()) {
        out.append("  = hint: ").append(d.hint()).append('\n');
      }
    }
    out.append(summary(diagnostics)).append('\n');
    return out.toString();
  }

  /** "2 errors, 1 warning" style totals. */
  public static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** Very long lines (data, minified JSON) are cut some way past the caret. */
  private static String shorten(String source, int column) {
    int keep = Math.max(MAX_QUOTED, column + 20);
    return source.codePointCount(0, source.length()) <= keep
        ? source
        : source.substring(0, source.offsetByCodePoints(0, keep)) + "…";
  }

  /** Spaces up to the column, keeping tabs so the caret lines up under the source. */
  private static String caretPad(String source, int column) {
    StringBuilder pad = new StringBuilder();
    int[] codePoints = source.codePoints().toArray();
    for (int i = 0; i < column - 1; i++) {
      pad.append(i < codePoints.length && codePoints[i] == '\t' ? '\t' : ' ');
    }
    return pad.toString();
  }
}
