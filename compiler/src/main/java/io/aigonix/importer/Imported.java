package io.aigonix.importer;

import io.aigonix.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of an import: the files to write ({@code aigonix.yaml} and the config files, by path
 * relative to the output folder), the report, the problems that stop it (then nothing is written),
 * and with {@code --verify} the comparison of its compile with the dump.
 */
public record Imported(
    Map<String, byte[]> files,
    ImportReport report,
    List<Diagnostic> diagnostics,
    Optional<Verification> verification) {
  public Imported {
    files = Map.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }

  Imported(Map<String, byte[]> files, ImportReport report, List<Diagnostic> diagnostics) {
    this(files, report, diagnostics, Optional.empty());
  }

  Imported verified(Verification v) {
    return new Imported(files, report, diagnostics, Optional.of(v));
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public String reportText() {
    return report.text();
  }

  public com.fasterxml.jackson.databind.JsonNode reportJson() {
    return report.json();
  }
}
