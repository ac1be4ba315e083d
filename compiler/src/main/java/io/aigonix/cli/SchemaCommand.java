package io.aigonix.cli;

import io.aigonix.validate.SchemaValidator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Print the JSON Schema of aigonix.yaml (for editors such as yaml-language-server).")
final class SchemaCommand implements Callable<Integer> {
  private final Invocation io;

  SchemaCommand(Invocation io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    io.out().print(SchemaValidator.schemaText());
    io.out().flush();
    return ExitCodes.OK;
  }
}
