package io.aigonix.cli;

import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks the {@code -f} file of a command with the run's compiler; a missing file is an I/O
 * failure.
 */
final class InputFile {
  private InputFile() {}

  static Checked check(Invocation io, Compiler compiler, String file) {
    Path path = io.resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new UserError(
          ExitCodes.IO_FAILURE,
          "cannot read '"
              + file
              + "': "
              + (Files.exists(path) ? "not a regular file" : "no such file")
              + " (run `aigonix init` to create one)");
    }
    try {
      return compiler.check(path, file);
    } catch (IOException e) {
      throw new UserError(ExitCodes.IO_FAILURE, "cannot read '" + file + "': " + e.getMessage());
    }
  }
}
