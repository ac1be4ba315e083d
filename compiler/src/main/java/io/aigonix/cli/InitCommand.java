package io.aigonix.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Write a commented starter aigonix.yaml that validates.")
final class InitCommand implements Callable<Integer> {
  static final String STARTER = "templates/init/aigonix.yaml";
  private final Invocation io;

  @Option(names = {"-f", "--file"}, defaultValue = "aigonix.yaml", description = "File to write (default: ${DEFAULT-VALUE}).")
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
    Files.write(target, starter, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
    io.err().println("wrote " + file + "; check it with: aigonix validate -f " + file);
    io.err().flush();
    return ExitCodes.OK;
  }
}
