package io.aigonix.diag;

import java.util.List;

/**
 * Renders diagnostics like a compiler: location, code, message, the source line, a caret, a hint.
 */
public final class TextRenderer {
  private static final int MAX_QUOTED = 120;
  private final SourceLines sources;
  private String lastSource;
  private int[] lastCodePoints;

  public TextRenderer(SourceLines sources) {
    this.sources = sources;
  }

  public String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(d.file())
          .append(':')
          .append(d.line())
          .append(':')
          .append(d.column())
          .append(": ")
          .append(d.severity().word())
          .append('[')
          .append(d.code().id())
          .append("]: ")
          .append(d.message())
          .append('\n');
      String source = sources.line(d.file(), d.line());
      if (!source.isEmpty()) {
        String number = String.valueOf(d.line());
        String gutter = " ".repeat(Math.max(0, 5 - number.length()));
        quote(
            out.append(gutter).append(number),
            source,
            sources.column(d.file(), d.line(), d.column()));
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
    long errors = 0;
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        errors++;
      }
    }
    long warnings = diagnostics.size() - errors;
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /**
   * The source line and a caret under {@code column}. Very long lines (data, minified JSON) are cut
   * some way past the caret, and start some way before it when it is far right: output and time per
   * diagnostic stay bounded, even for thousands of diagnostics on one line.
   */
  private void quote(StringBuilder out, String source, int column) {
    int[] cps = codePoints(source);
    int skip = column > MAX_QUOTED - 20 ? Math.min(column - 61, cps.length) : 0;
    int to = Math.min(cps.length, skip + Math.max(MAX_QUOTED, column - skip + 20));
    int lead = skip > 0 ? 1 : 0; // the "…" in front takes a column
    out.append(" | ")
        .append(skip > 0 ? "…" : "")
        .append(new String(cps, skip, to - skip))
        .append(to < cps.length ? "…" : "")
        .append('\n');
    out.append("      | ");
    for (int i = 0; i < column - skip - 1 + lead; i++) {
      int at = skip + i - lead;
      // tabs are kept so the caret lines up under the source
      out.append(i >= lead && at < cps.length && cps[at] == '\t' ? '\t' : ' ');
    }
    out.append("^\n");
  }

  /** Diagnostics come sorted by position, so many in a row quote the same line: split it once. */
  private int[] codePoints(String source) {
    if (!source.equals(lastSource)) {
      lastSource = source;
      lastCodePoints = source.codePoints().toArray();
    }
    return lastCodePoints;
  }
}
