package io.aigonix.cli;

import io.aigonix.pipeline.FrontendResult;
import io.aigonix.render.OutputTree;
import io.aigonix.spec.AigonixSpec;
import java.io.IOException;
import java.nio.file.Path;

/** The {@code -f} file of diff and publish, validated (diagnostics printed, exit 1 on errors) and compiled. */
record CompiledInput(Path file, AigonixSpec spec, OutputTree tree) {

  static CompiledInput load(Invocation io, String file, TreeSource source) {
    FrontendResult result = InputFile.load(io, file);
    if (result.hasErrors() || result.spec().isEmpty()) {
      DiagnosticsOutput.print(io, DiagnosticsOutput.Format.text, result);
      throw new UserError(ExitCodes.INPUT_ERRORS, file + " has errors; nothing compiled");
    }
    Path path = io.resolve(file);
    try {
      return new CompiledInput(path, result.spec().get(), source.compile(path, result.spec().get()));
    } catch (IOException e) {
      throw new UserError(ExitCodes.IO_FAILURE, "cannot compile '" + file + "': " + e.getMessage());
    }
  }

  /** {@code gitops.path} of the file, or null. */
  String gitopsPath() {
    return spec.gitops() == null ? null : spec.gitops().path();
  }
}
