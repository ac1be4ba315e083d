package io.aigonix.pipeline;

import io.aigonix.diag.Diagnostic;
import io.aigonix.render.OutputTree;
import java.util.List;
import java.util.Optional;

/** What the front end found, and the compiled tree (only when the front end found no errors). */
public record CompileResult(FrontendResult frontend, Optional<OutputTree> tree) {
  public List<Diagnostic> diagnostics() {
    return frontend.diagnostics();
  }

  public boolean hasErrors() {
    return frontend.hasErrors();
  }
}
