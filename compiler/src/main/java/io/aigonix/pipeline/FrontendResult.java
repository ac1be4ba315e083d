package io.aigonix.pipeline;

import io.aigonix.diag.Diagnostic;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.AigonixSpec;
import java.util.List;
import java.util.Optional;

/**
 * What the front end found: the source when it could be parsed, the bound spec when it has no errors,
 * and every diagnostic of the stage that stopped it (sorted by position).
 */
public record FrontendResult(Optional<ParsedSource> source, Optional<AigonixSpec> spec, List<Diagnostic> diagnostics) {
  public FrontendResult {
    diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
