package io.aigonix.cli;

import io.aigonix.diag.TextRenderer;
import io.aigonix.pipeline.FrontendResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check aigonix.yaml against the schema and the semantic rules; writes nothing.")
final class ValidateCommand implements Callable<Integer> {
  private final Invocation io;

  @Option(names = {"-f", "--file"}, defaultValue = "aigonix.yaml", description = "Input file (default: ${DEFAULT-VALUE}).")
  String file;

  @Option(names = "--format", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DiagnosticsOutput.Format format;

  ValidateCommand(Invocation io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    FrontendResult result = InputFile.load(io, file);
    DiagnosticsOutput.print(io, format, result);
    if (format == DiagnosticsOutput.Format.text && !result.hasErrors()) {
      io.err().println(file + ": valid (" + TextRenderer.summary(result.diagnostics()) + ")");
      io.err().flush();
    }
    return result.hasErrors() ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
  }
}
