package io.aigonix.cli;

import io.aigonix.diag.Diagnostic;
import io.aigonix.diag.SourceLines;
import io.aigonix.diag.TextRenderer;
import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code aigonix validate}; its model is built in code (see {@link Models}). */
final class ValidateCommand implements Callable<Integer>, Models.Modelled {
  private final Invocation io;
  private final Compiler compiler;
  private CommandSpec spec;

  ValidateCommand(Invocation io, Compiler compiler) {
    this.io = io;
    this.compiler = compiler;
  }

  @Override
  public CommandSpec spec() {
    spec =
        Models.withStandardHelp(
            CommandSpec.wrapWithoutInspection(this)
                .name("validate")
                .addOption(
                    OptionSpec.builder("-f", "--file")
                        .paramLabel("<file>")
                        .type(String.class)
                        .description("Input file (default: aigonix.yaml).")
                        .build())
                .addPositional(
                    PositionalParamSpec.builder()
                        .arity("0..*")
                        .paramLabel("FILE")
                        .type(List.class)
                        .auxiliaryTypes(String.class)
                        .description("More input files (as pre-commit passes them).")
                        .build())
                .addOption(
                    OptionSpec.builder("--format")
                        .paramLabel("<format>")
                        .type(DiagnosticsOutput.Format.class)
                        .defaultValue("text")
                        .description(
                            "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
                        .build())
                .addOption(
                    OptionSpec.builder("--strict")
                        .type(boolean.class)
                        .description("Fail (exit 1) on any warning, lint (AGX5xxx) included.")
                        .build()));
    spec.usageMessage()
        .description(
            "Check aigonix.yaml against the schema and the semantic rules; writes nothing.");
    return spec;
  }

  @Override
  public Integer call() {
    String file = spec.findOption("--file").getValue();
    List<String> more = spec.positionalParameters().get(0).getValue();
    DiagnosticsOutput.Format format = spec.findOption("--format").getValue();
    boolean strict = Boolean.TRUE.equals(spec.findOption("--strict").getValue());
    List<String> files = new ArrayList<>();
    if (file != null) {
      files.add(file);
    }
    if (more != null) {
      files.addAll(more);
    }
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
