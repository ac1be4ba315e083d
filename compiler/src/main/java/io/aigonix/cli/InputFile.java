package io.aigonix.cli;

import io.aigonix.pipeline.Frontend;
import io.aigonix.pipeline.FrontendResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the {@code -f} file of a command through the front end; a missing file is an I/O failure. */
final class InputFile {
  private InputFile() {}

  static FrontendResult load(Invocation io, String file) {
    Path path = requireFile(io, file);
    try {
      return new Frontend().load(path, file);
    } catch (IOException e) {
      throw new UserError(ExitCodes.IO_FAILURE, "cannot read '" + file + "': " + e.getMessage());
    }
  }

  /** The resolved path of {@code file}; a missing file or a folder is an I/O failure (exit 3). */
  static Path requireFile(Invocation io, String file) {
    Path path = io.resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new UserError(ExitCodes.IO_FAILURE, "cannot read '" + file + "': "
          + (Files.exists(path) ? "not a regular file" : "no such file") + " (run `aigonix init` to create one)");
    }
    return path;
  }
}
