package io.aigonix.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.diag.SourceLines;
import io.aigonix.importer.ImportWriter;
import io.aigonix.importer.Imported;
import io.aigonix.importer.Importer;
import io.aigonix.importer.Verification;
import io.aigonix.json.Json;
import io.aigonix.seal.SealingCertificate;
import io.aigonix.seal.SealingException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Turn a cluster dump (kubectl get ... -o yaml) of the Aigonix platform into an aigonix.yaml.")
final class ImportCommand implements Callable<Integer> {
  private final Invocation io;

  @Option(
      names = {"-f", "--file"},
      required = true,
      paramLabel = "DUMP",
      description =
          "A dump file or a folder of them (repeatable; folders read recursively, sorted).")
  List<String> files;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Folder for aigonix.yaml and config/; written atomically.")
  String output;

  @Option(
      names = "--cert",
      paramLabel = "PEM",
      description = "Seal every secret value with this controller certificate.")
  String cert;

  @Option(
      names = "--include-welcome",
      description = "Import the platform's Welcome microservice too.")
  boolean includeWelcome;

  @Option(names = "--force", description = "Replace a non-empty output folder.")
  boolean force;

  @Option(
      names = "--verify",
      description =
          "Compile the import and compare it with the dump; exit 1 on a difference outside the"
              + " intended ones (README).")
  boolean verify;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Report format: text (stderr) or json (stdout).")
  DiagnosticsOutput.Format format;

  ImportCommand(Invocation io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    if (format != DiagnosticsOutput.Format.text && format != DiagnosticsOutput.Format.json) {
      throw new UserError(ExitCodes.USAGE, "import --format is text or json");
    }
    Optional<SealingCertificate> certificate = Optional.empty();
    if (cert != null) {
      try {
        certificate = Optional.of(SealingCertificate.load(io.resolve(cert), io.now()));
      } catch (IOException e) {
        throw new UserError(
            ExitCodes.IO_FAILURE, "cannot read certificate '" + cert + "': " + e.getMessage());
      } catch (SealingException e) {
        throw new UserError(ExitCodes.INPUT_ERRORS, cert + ": " + e.getMessage());
      }
    }
    files.forEach(io::resolve); // a name the file system cannot hold is bad usage, here
    Imported imported;
    try {
      imported =
          new Importer()
              .run(
                  io.workingDirectory(),
                  files,
                  new Importer.Options(includeWelcome, certificate, verify));
    } catch (NoSuchFileException e) {
      throw new UserError(ExitCodes.IO_FAILURE, "no such file: " + e.getMessage());
    } catch (IOException e) {
      throw new UserError(ExitCodes.IO_FAILURE, "cannot read the dump: " + e.getMessage());
    }
    if (imported.hasErrors()) {
      // Dump lines are never echoed: a dump's Secrets hold values.
      DiagnosticsOutput.print(io, format, imported.diagnostics(), SourceLines.NONE);
      return ExitCodes.INPUT_ERRORS;
    }
    try {
      new ImportWriter().write(imported.files(), io.resolve(output), force);
    } catch (ImportWriter.NotEmpty e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage());
    } catch (IOException e) {
      throw new UserError(ExitCodes.IO_FAILURE, "cannot write '" + output + "': " + e.getMessage());
    }
    Optional<Verification> verification = imported.verification();
    if (format == DiagnosticsOutput.Format.json) {
      ObjectNode report = (ObjectNode) imported.reportJson();
      report.put("output", output);
      report.put("files", imported.files().size());
      verification.ifPresent(v -> report.set("verification", v.json()));
      io.out().print(Json.report(report));
    } else {
      io.err().print(imported.reportText());
      io.err()
          .println(
              "wrote "
                  + output
                  + "/aigonix.yaml and "
                  + (imported.files().size() - 1)
                  + " config files");
      verification.ifPresent(
          v -> {
            if (!v.compileErrors().isEmpty()) {
              DiagnosticsOutput.print(io, format, v.compileErrors(), SourceLines.NONE);
            }
            io.err().print(v.text());
          });
    }
    io.out().flush();
    io.err().flush();
    // The import is written either way: it is what the differences are read against.
    return verification
        .map(v -> v.ok() ? ExitCodes.OK : ExitCodes.INPUT_ERRORS)
        .orElse(ExitCodes.OK);
  }
}
