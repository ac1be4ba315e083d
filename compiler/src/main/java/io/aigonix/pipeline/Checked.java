package io.aigonix.pipeline;

import io.aigonix.diag.Diagnostic;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.AigonixSpec;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Compiler#check} found in one aigonix.yaml: the source when it could be parsed, the
 * bound spec whenever the tree matched the schema (also when semantic rules then found errors: seal
 * still works out names from it), and every diagnostic of the stages that ran, sorted by position.
 */
public record Checked(
    Optional<ParsedSource> source, Optional<AigonixSpec> spec, List<Diagnostic> diagnostics) {
  public Checked {
    diagnostics = diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Whether {@link Compiler#compile} takes it: the schema passed and no rule found an error. */
  public boolean compilable() {
    return spec.isPresent() && !hasErrors();
  }
}
