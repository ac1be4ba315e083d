package io.aigonix.cli;

import io.aigonix.diag.Diagnostic;
import io.aigonix.diag.GithubRenderer;
import io.aigonix.diag.JsonRenderer;
import io.aigonix.diag.SarifRenderer;
import io.aigonix.diag.SourceLines;
import io.aigonix.diag.TextRenderer;
import io.aigonix.pipeline.Checked;
import io.aigonix.validate.SecretLines;
import java.util.List;

/**
 * Prints diagnostics in the chosen format: text to stderr like a compiler, machine formats to
 * stdout.
 */
final class DiagnosticsOutput {
  enum Format {
    text,
    json,
    sarif,
    github
  }

  private DiagnosticsOutput() {}

  static void print(Invocation io, Format format, Checked result) {
    print(io, format, result.diagnostics(), sources(result));
  }

  static void print(
      Invocation io, Format format, List<Diagnostic> diagnostics, SourceLines sources) {
    switch (format) {
      case text -> {
        if (!diagnostics.isEmpty()) {
          io.err().print(new TextRenderer(sources).render(diagnostics));
        }
      }
      case json -> io.out().print(new JsonRenderer().render(diagnostics));
      case sarif -> io.out().print(new SarifRenderer(Version.current()).render(diagnostics));
      case github -> io.out().print(new GithubRenderer().render(diagnostics));
    }
    io.out().flush();
    io.err().flush();
  }

  static SourceLines sources(Checked result) {
    return result.source().isPresent() ? new SecretLines(result.source().get()) : SourceLines.NONE;
  }
}
