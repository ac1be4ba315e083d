package io.aigonix.pipeline;

import io.aigonix.diag.Diagnostic;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.AigonixSpec;
import java.util.ArrayList;
import java.util.Collections;
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
    // loops rather than streams here and below: every check of every start runs them
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.BY_POSITION);
    diagnostics = Collections.unmodifiableList(sorted);
  }

  public boolean hasErrors() {
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link Compiler#compile} takes it: the schema passed and no rule found an error. */
  public boolean compilable() {
    return spec.isPresent() && !hasErrors();
  }
}
