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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    description = {
      "Validate, then write the manifests to <dir>, replacing it as a whole (stale files removed).",
      "With -o -, write them to stdout as one multi-document YAML stream in path order, each after a",
      "'# Source: <path>' comment, without Kustomize's own files (for kubectl apply -f -);",
      "diagnostics, in every format, then go to stderr."
    })
final class CompileCommand implements Callable<Integer> {
  private static final String STDOUT = "-";
  private final Invocation io;
  private final Compiler compiler;

  @Option(
      names = {"-f", "--file"},
      defaultValue = "aigonix.yaml",
      description = "Input file (default: ${DEFAULT-VALUE}).")
  String file;

  @Option(
      names = {"-o", "--output"},
      required = true,
      description =
          "Output folder; replaced atomically. It must be empty, absent, or an earlier aigonix output."
              + " '-' writes the manifests to stdout.")
  String output;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Diagnostics format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DiagnosticsOutput.Format format;

  @Option(
      names = "--strict",
      description = "Fail (exit 1, nothing written) on any warning, lint (AGX5xxx) included.")
  boolean strict;

  CompileCommand(Invocation io, Compiler compiler) {
    this.io = io;
    this.compiler = compiler;
  }

  @Override
  public Integer call() {
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
