package io.aigonix.lint;

import io.aigonix.diag.Diagnostic;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.LintSpec;
import io.aigonix.validate.TextScan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Warnings a file says it means: codes in {@code lint.ignore}, and {@code # aigonix:ignore AGX5002}
 * (several codes may follow, separated by spaces or commas) on the warning's line or the line
 * above. The reader keeps no comments, so the marker is found in the source text; only a {@code #}
 * at the start of a line or after a blank starts a YAML comment. Errors are never suppressed.
 */
final class Suppressions {
  private static final String MARKER = "aigonix:ignore";

  private final ParsedSource source;
  private final Set<String> ignored;
  private final List<String> lines;

  Suppressions(ParsedSource source, LintSpec lint) {
    this.source = source;
    this.ignored = new TreeSet<>(lint.ignore());
    this.lines = TextScan.lines(source.text());
  }

  List<Diagnostic> apply(List<Diagnostic> diagnostics) {
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.isError() || !suppressed(d)) {
        kept.add(d);
      }
    }
    return Collections.unmodifiableList(kept);
  }

  private boolean suppressed(Diagnostic d) {
    if (ignored.contains(d.code().id())) {
      return true;
    }
    if (!d.file().equals(source.displayName())) {
      return false;
    }
    return marks(d.line(), d.code().id()) || marks(d.line() - 1, d.code().id());
  }

  private boolean marks(int line, String code) {
    if (line < 1 || line > lines.size()) {
      return false;
    }
    String text = lines.get(line - 1);
    int marker = text.indexOf(MARKER);
    if (marker < 0 || !inComment(text, marker)) {
      return false;
    }
    return codes(text.substring(marker + MARKER.length())).contains(code);
  }

  /**
   * The codes in {@code text}, in order: each {@code AGX} followed by four digits, as {@code
   * AGX[0-9]{4}} finds them (two can never overlap). A loop, as that expression would be compiled
   * on every start.
   */
  static List<String> codes(String text) {
    List<String> codes = new ArrayList<>();
    for (int i = text.indexOf("AGX"); i >= 0; i = text.indexOf("AGX", i + 1)) {
      if (i + 7 <= text.length() && digits(text, i + 3, i + 7)) {
        codes.add(text.substring(i, i + 7));
      }
    }
    return codes;
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a comment starts before {@code index}: a {@code #} at the line's start or after a
   * blank.
   */
  private static boolean inComment(String text, int index) {
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }
}
