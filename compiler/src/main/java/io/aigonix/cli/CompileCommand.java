package io.aigonix.cli;

import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.OutputTree;
import io.aigonix.render.TreeWriter;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Validate, then write the manifests to <dir>, replacing it as a whole (stale files removed).")
final class CompileCommand implements Callable<Integer> {
  private final Invocation io;
  private final Compiler compiler;

  @Option(names = {"-f", "--file"}, defaultValue = "aigonix.yaml", description = "Input file (default: ${DEFAULT-VALUE}).")
  String file;

  @Option(names = {"-o", "--output"}, required = true,
      description = "Output folder; replaced atomically. It must be empty, absent, or an earlier aigonix output.")
  String output;

  @Option(names = "--format", defaultValue = "text",
      description = "Diagnostics format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DiagnosticsOutput.Format format;

  @Option(names = "--strict", description = "Fail (exit 1, nothing written) on any warning, lint (AGX5xxx) included.")
  boolean strict;

  CompileCommand(Invocation io, Compiler compiler) {
    this.io = io;
    this.compiler = compiler;
  }

  @Override
  public Integer call() {
    Checked checked = InputFile.check(io, compiler, file);
    DiagnosticsOutput.print(io, format, checked);
    if (!checked.compilable()) {
      return ExitCodes.INPUT_ERRORS;
    }
    if (strict && !checked.diagnostics().isEmpty()) {
      if (format == DiagnosticsOutput.Format.text) {
        io.err().println(file + ": warnings fail with --strict; nothing written");
        io.err().flush();
      }
      return ExitCodes.INPUT_ERRORS;
    }
    OutputTree tree = compiler.compile(checked);
    try {
      new TreeWriter().write(tree, io.resolve(output));
    } catch (TreeWriter.NotAnOutputFolder e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage());
    } catch (IOException e) {
      throw new UserError(ExitCodes.IO_FAILURE, "cannot write '" + output + "': " + e.getMessage());
    }
    if (format == DiagnosticsOutput.Format.text) {
      io.err().println(file + ": wrote " + tree.size() + " files to " + output);
      io.err().flush();
    }
    return ExitCodes.OK;
  }
}
