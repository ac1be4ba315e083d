package io.aigonix.pipeline;

import io.aigonix.diag.Diagnostic;
import io.aigonix.render.OutputTree;
import java.util.List;
import java.util.Optional;

/** The compiled tree (only when there are no errors) and every diagnostic of the run. */
public record CompileResult(Optional<OutputTree> tree, List<Diagnostic> diagnostics) {
  public CompileResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
