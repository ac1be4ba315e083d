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
    for (Diagnostic d : diagnostics) { // a loop: a stream's lambdas cost every start a link
      if (d.isError()) {
        return true;
      }
    }
    return false;
  }
}
