package io.aigonix.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The aigonix command line. The only code that prints; subcommands are listed here, once. */
@Command(
    name = "aigonix",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Declarative GitOps compiler for the Aigonix platform.",
    subcommands = {
        ValidateCommand.class,
        CompileCommand.class,
        SchemaCommand.class,
        InitCommand.class,
        SealCommand.class,
        DiffCommand.class,
        PublishCommand.class,
        CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 ok, 1 input has errors (or diff found a change with --exit-code),",
        "2 bad usage, 3 I/O or Git failure, 4 internal error."})
public final class Main implements java.util.concurrent.Callable<Integer> {
  @picocli.CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
    Invocation io = new Invocation(Path.of("").toAbsolutePath(), System.in, System.getenv(), out, err, Instant.now());
    int code = run(io, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line with the given world; returns the exit code. */
  public static int run(Invocation io, String... args) {
    return run(io, TreeSource.standard(), args);
  }

  /** Runs one command line with the given world and compiler; returns the exit code. */
  public static int run(Invocation io, TreeSource trees, String... args) {
    CommandLine cli = new CommandLine(new Main(), new CommandFactory(io, trees));
    cli.setOut(io.out());
    cli.setErr(io.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(io, e));
    int code = cli.execute(args);
    io.out().flush();
    io.err().flush();
    return code;
  }

  /** Without a command: usage on stderr, and the exit code of bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  private static int handle(Invocation io, Exception e) {
    if (e instanceof UserError user) {
      io.err().println("aigonix: " + user.getMessage());
      return user.exitCode();
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      io.err().println("aigonix: I/O failure: " + e.getMessage());
      return ExitCodes.IO_FAILURE;
    }
    io.err().println("aigonix: internal error (please report it): " + e);
    e.printStackTrace(io.err());
    return ExitCodes.INTERNAL;
  }
}
