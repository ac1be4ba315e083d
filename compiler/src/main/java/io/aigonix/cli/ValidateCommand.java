package io.aigonix.cli;

import io.aigonix.pipeline.Compiler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code aigonix validate} as picocli reads it; its model is built in code (see {@link Models}).
 * The plain command lines a hook runs do not come here ({@link ValidateLine}).
 */
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
                .addOption(Models.formatOption("Output"))
                .addOption(
                    Models.strictOption("Fail (exit 1) on any warning, lint (AGX5xxx) included.")));
    spec.usageMessage()
        .description(
            "Check aigonix.yaml against the schema and the semantic rules; writes nothing.");
    return spec;
  }

  @Override
  public Integer call() {
    return request().run(io, compiler);
  }

  /** What picocli parsed, as a request. */
  ValidateRequest request() {
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
    return new ValidateRequest(files, format, strict);
  }
}
