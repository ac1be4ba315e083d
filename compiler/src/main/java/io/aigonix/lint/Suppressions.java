package io.aigonix.lint;

import io.aigonix.diag.Diagnostic;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.LintSpec;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warnings a file says it means: codes in {@code lint.ignore}, and {@code # aigonix:ignore AGX5002}
 * (several codes may follow, separated by spaces or commas) on the warning's line or the line
 * above. The reader keeps no comments, so the marker is found in the source text; only a {@code #}
 * at the start of a line or after a blank starts a YAML comment. Errors are never suppressed.
 */
final class Suppressions {
  private static final String MARKER = "aigonix:ignore";
  private static final Pattern CODE = Pattern.compile("AGX[0-9]{4}");

  private final ParsedSource source;
  private final Set<String> ignored;
  private final List<String> lines;

  Suppressions(ParsedSource source, LintSpec lint) {
    this.source = source;
    this.ignored = new TreeSet<>(lint.ignore());
    this.lines = source.text().lines().toList();
  }

  List<Diagnostic> apply(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(d -> d.isError() || !suppressed(d)).toList();
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
    Matcher codes = CODE.matcher(text.substring(marker + MARKER.length()));
    while (codes.find()) {
      if (codes.group().equals(code)) {
        return true;
      }
    }
    return false;
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
