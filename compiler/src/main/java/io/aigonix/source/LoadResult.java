package io.aigonix.source;

import io.aigonix.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/** The outcome of reading a file: a source when it could be read, and the problems found. */
public record LoadResult(Optional<ParsedSource> source, List<Diagnostic> diagnostics) {
  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
