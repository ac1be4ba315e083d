package io.aigonix.cli;

import io.aigonix.validate.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Write a commented starter aigonix.yaml that validates, and the schema beside it",
      "(aigonix.schema.json, which the starter's yaml-language-server comment points at)."
    })
final class InitCommand implements Callable<Integer> {
  static final String STARTER = "templates/init/aigonix.yaml";

  /**
   * The starter's first line points here ({@code $schema=./aigonix.schema.json}): a reference that
   * resolves offline.
   */
  static final String SCHEMA = "aigonix.schema.json";

  private final Invocation io;

  @Option(
      names = {"-f", "--file"},
      defaultValue = "aigonix.yaml",
      description = "File to write (default: ${DEFAULT-VALUE}).")
  String file;

  @Option(names = "--force", description = "Overwrite the file when it exists.")
  boolean force;

  InitCommand(Invocation io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    Path target = io.resolve(file);
    if (Files.exists(target) && !force) {
      throw new UserError(ExitCodes.USAGE, "'" + file + "' exists; use --force to overwrite it");
    }
    byte[] starter;
    try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(STARTER)) {
      if (in == null) {
        throw new IllegalStateException("starter file missing from the classpath: " + STARTER);
      }
      starter = in.readAllBytes();
    }
    Files.createDirectories(target.getParent());
    Files.write(
        target,
        starter,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
    // the schema the editor reads is this version's; an existing one is replaced like the file is,
    // on --force
    Path schema = target.resolveSibling(SCHEMA);
    String written = "wrote " + file;
    if (!Files.exists(schema) || force) {
      Files.writeString(schema, SchemaValidator.schemaText(), StandardCharsets.UTF_8);
      written += " and " + SCHEMA + " beside it";
    } else {
      written += " (left the " + SCHEMA + " beside it as it is; --force replaces it)";
    }
    io.err().println(written + "; check it with: aigonix validate -f " + file);
    io.err().flush();
    return ExitCodes.OK;
  }
}
