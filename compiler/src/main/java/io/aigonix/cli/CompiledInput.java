package io.aigonix.cli;

import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.OutputTree;
import io.aigonix.spec.AigonixSpec;
import java.nio.file.Path;

/**
 * The {@code -f} file of diff and publish, checked (diagnostics printed, exit 1 on errors) and
 * compiled.
 */
record CompiledInput(Path file, AigonixSpec spec, OutputTree tree) {

  static CompiledInput load(Invocation io, String file, Compiler compiler, TreeSource trees) {
    Checked checked = InputFile.check(io, compiler, file);
    if (!checked.compilable()) {
      DiagnosticsOutput.print(io, DiagnosticsOutput.Format.text, checked);
      throw new UserError(ExitCodes.INPUT_ERRORS, file + " has errors; nothing compiled");
    }
    return new CompiledInput(io.resolve(file), checked.spec().get(), trees.compile(checked));
  }

  /** {@code gitops.path} of the file, or null. */
  String gitopsPath() {
    return spec.gitops() == null ? null : spec.gitops().path();
  }
}
