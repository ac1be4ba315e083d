package io.aigonix.cli;

import io.aigonix.diag.Code;
import io.aigonix.diag.Explanations;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Explain a diagnostic code (AGX0001 ... AGX5008): what it means, why it matters, a fixed example."
            + " Without a code, list every code.")
final class ExplainCommand implements Callable<Integer> {
  private final Invocation io;

  @Parameters(arity = "0..1", paramLabel = "CODE", description = "A code such as AGX5002.")
  String code;

  ExplainCommand(Invocation io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    if (code == null) {
      for (Code c : Code.values()) {
        io.out().println(c.id() + "  " + c.defaultSeverity().word() + "  " + c.title());
      }
      io.out().flush();
      return ExitCodes.OK;
    }
    Code found =
        Explanations.code(code)
            .orElseThrow(
                () ->
                    new UserError(
                        ExitCodes.USAGE,
                        "unknown code '" + code + "'; `aigonix explain` lists the codes"));
    io.out().print(new Explanations().text(found));
    io.out().flush();
    return ExitCodes.OK;
  }
}
