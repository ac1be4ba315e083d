package io.aigonix.importer;

import io.aigonix.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an import: the files to write ({@code aigonix.yaml} and the config files, by path
 * relative to the output folder), the report, and the problems that stop it (then nothing is
 * written).
 */
public record Imported(
    Map<String, byte[]> files, ImportReport report, List<Diagnostic> diagnostics) {
  public Imported {
    files = Map.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
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
