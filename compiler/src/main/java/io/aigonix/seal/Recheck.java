package io.aigonix.seal;

import io.aigonix.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * The front end's checks, run on an edited text of aigonix.yaml before it replaces the file. Passed
 * in (the command line hands over the pipeline's) so that seal, a stage, does not depend on the
 * pipeline.
 */
@FunctionalInterface
public interface Recheck {
  /** Every diagnostic of {@code text} as the content of {@code file}. */
  List<Diagnostic> diagnostics(Path file, String displayName, String text);
}
