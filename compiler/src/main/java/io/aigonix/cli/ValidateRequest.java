package io.aigonix.cli;

import io.aigonix.diag.Diagnostic;
import io.aigonix.diag.SourceLines;
import io.aigonix.diag.TextRenderer;
import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code aigonix validate}: the files in the order given (the {@code -f} file first), the
 * output format and {@code --strict}, however the command line was parsed ({@link ValidateCommand}
 * by picocli, {@link ValidateLine} without it). No picocli here, so the fast path loads none of it.
 */
record ValidateRequest(List<String> files, DiagnosticsOutput.Format format, boolean strict) {
  ValidateRequest {
    files = files.isEmpty() ? List.of("aigonix.yaml") : List.copyOf(files);
  }

  int run(Invocation io, Compiler compiler) {
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
