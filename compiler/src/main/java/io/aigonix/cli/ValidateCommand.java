package io.aigonix.cli;

import io.aigonix.diag.Diagnostic;
import io.aigonix.diag.SourceLines;
import io.aigonix.diag.TextRenderer;
import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check aigonix.yaml against the schema and the semantic rules; writes nothing.")
final class ValidateCommand implements Callable<Integer> {
  private final Invocation io;
  private final Compiler compiler;

  @Option(
      names = {"-f", "--file"},
      description = "Input file (default: aigonix.yaml).")
  String file;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "More input files (as pre-commit passes them).")
  List<String> more = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DiagnosticsOutput.Format format;

  @Option(
      names = "--strict",
      description = "Fail (exit 1) on any warning, lint (AGX5xxx) included.")
  boolean strict;

  ValidateCommand(Invocation io, Compiler compiler) {
    this.io = io;
    this.compiler = compiler;
  }

  @Override
  public Integer call() {
    List<String> files = new ArrayList<>();
    if (file != null) {
      files.add(file);
    }
    files.addAll(more);
    if (files.isEmpty()) {
      files.add("aigonix.yaml");
    }
    List<Diagnostic> all = new ArrayList<>();
    List<SourceLines> sources = new ArrayList<>();
    boolean errors = false;
    for (String f : files) {
      Checked result = InputFile.check(io, compiler, f);
      all.addAll(result.diagnostics());
      sources.add(DiagnosticsOutput.sources(result));
      errors |= result.hasErrors();
    }
    DiagnosticsOutput.print(io, format, all, SourceLines.firstOf(sources));
    boolean failed = errors || strict && !all.isEmpty();
    if (format == DiagnosticsOutput.Format.text && !errors) {
      io.err()
          .println(
              String.join(", ", files)
                  + (failed ? ": warnings fail with --strict (" : ": valid (")
                  + TextRenderer.summary(all)
                  + ")");
      io.err().flush();
    }
    return failed ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
  }
}
