package io.aigonix.cli;

import io.aigonix.json.Json;
import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.ManifestStream;
import io.aigonix.render.Recompile;
import io.aigonix.render.TreeWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code compile}: its picocli model built in code ({@link Models}), as the compile of a pre-commit
 * hook or a CI job pays picocli's reflection over annotations on every run (~30 ms).
 */
final class CompileCommand implements Callable<Integer>, Models.Modelled {
  private static final String STDOUT = "-";
  private final Invocation io;
  private final Compiler compiler;
  private CommandSpec spec;

  private String file;
  private String output;
  private DiagnosticsOutput.Format format;
  private boolean strict;

  CompileCommand(Invocation io, Compiler compiler) {
    this.io = io;
    this.compiler = compiler;
  }

  @Override
  public CommandSpec spec() {
    spec =
        Models.withStandardHelp(
            CommandSpec.wrapWithoutInspection(this)
                .name("compile")
                .addOption(
                    OptionSpec.builder("-f", "--file")
                        .paramLabel("<file>")
                        .type(String.class)
                        .defaultValue("aigonix.yaml")
                        .description("Input file (default: ${DEFAULT-VALUE}).")
                        .build())
                .addOption(
                    OptionSpec.builder("-o", "--output")
                        .paramLabel("<output>")
                        .type(String.class)
                        .required(true)
                        .description(
                            "Output folder; replaced atomically. It must be empty, absent, or an"
                                + " earlier aigonix output. '-' writes the manifests to stdout.")
                        .build())
                .addOption(Models.formatOption("Diagnostics"))
                .addOption(
                    Models.strictOption(
                        "Fail (exit 1, nothing written) on any warning, lint (AGX5xxx)"
                            + " included.")));
    spec.usageMessage()
        .description(
            "Validate, then write the manifests to <dir>, replacing it as a whole (stale files"
                + " removed).",
            "With -o -, write them to stdout as one multi-document YAML stream in path order, each"
                + " after a",
            "'# Source: <path>' comment, without Kustomize's own files (for kubectl apply -f -);",
            "diagnostics, in every format, then go to stderr.");
    return spec;
  }

  /** What picocli parsed, into the fields {@link #run} reads. */
  @Override
  public Integer call() {
    file = spec.findOption("--file").getValue();
    output = spec.findOption("--output").getValue();
    format = spec.findOption("--format").getValue();
    strict = Boolean.TRUE.equals(spec.findOption("--strict").getValue());
    return run();
  }

  private Integer run() {
    boolean stream = output.equals(STDOUT);
    prepareRendering();
    Recompile recompile = stream ? null : openEarly();
    Checked checked = InputFile.check(io, compiler, file);
    // stdout carries the manifests alone when streaming, so a machine format moves to stderr
    DiagnosticsOutput.print(stream ? io.withOut(io.err()) : io, format, checked);
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
    if (stream) {
      io.out().print(ManifestStream.of(compiler.compile(checked)));
      io.out().flush();
      return ExitCodes.OK;
    }
    Path target = io.resolve(output);
    if (recompile == null) {
      recompile = OutputFolder.open(io, target);
    }
    OutputFolder.Written written;
    try {
      written = OutputFolder.write(compiler, checked, target, recompile);
    } catch (TreeWriter.NotAnOutputFolder e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage());
    } catch (IOException e) {
      throw new UserError(ExitCodes.IO_FAILURE, "cannot write '" + output + "': " + e.getMessage());
    }
    if (format == DiagnosticsOutput.Format.text) {
      io.err().println(file + ": wrote " + written.files() + " files to " + output);
      io.err().flush();
    }
    return ExitCodes.OK;
  }

  /** Has the JSON mapper the generators need built meanwhile, on the core the check leaves idle. */
  private static void prepareRendering() {
    Thread prepare = new Thread(Json::prepare, "aigonix-prepare");
    prepare.setDaemon(true);
    prepare.start();
  }

  /**
   * The output folder's record, read while the input is checked; null when {@code -o} is no path
   * here, which is reported after the input's diagnostics, as it always was.
   */
  private Recompile openEarly() {
    try {
      return OutputFolder.open(io, io.resolve(output));
    } catch (UserError e) {
      return null;
    }
  }
}
