package io.aigonix.source;

import io.aigonix.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of reading a stream of YAML documents (a {@code kubectl get -o yaml} dump): each
 * document read, in order, with its own root and locations (which share the file's text and line
 * numbers), and the problems found. Reading stops at the first syntax error or limit, so the
 * documents before it are here.
 */
public record StreamResult(List<ParsedSource> documents, List<Diagnostic> diagnostics) {
  public StreamResult {
    documents = List.copyOf(documents);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
