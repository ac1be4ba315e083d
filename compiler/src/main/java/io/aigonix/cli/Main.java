package io.aigonix.cli;

import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The aigonix command line. The only code that prints; subcommands are listed here, once.
 *
 * <p>picocli reflects over every registered command before it parses anything, which costs about as
 * much as a whole validation. A pre-commit hook pays that on every commit, so a command line that
 * names a command gets only that one registered; help, completion, usage errors and the bare
 * command get all of them. The top command and validate are modelled in code ({@link Models}),
 * {@code --version} alone is answered before any model is built, and a plain validate command line
 * without picocli at all ({@link ValidateLine}; issue 15).
 */
public final class Main implements java.util.concurrent.Callable<Integer> {
  private final CommandSpec spec =
      Models.withStandardHelp(CommandSpec.wrapWithoutInspection(this).name("aigonix"))
          .versionProvider(new Version());

  private Main() {
    spec.usageMessage()
        .description("Declarative GitOps compiler for the Aigonix platform.")
        .footer(
            "",
            "Exit codes: 0 ok, 1 input has errors (or diff found a change with --exit-code),",
            "2 bad usage, 3 I/O or Git failure, 4 internal error.");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
    Invocation io =
        new Invocation(
            Path.of("").toAbsolutePath(), System.in, System.getenv(), out, err, Instant.now());
    int code = run(io, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command line with the given world and one compiler for the whole run; returns the exit
   * code.
   */
  public static int run(Invocation io, String... args) {
    if (versionOnly(args)) {
      return printVersion(io);
    }
    Compiler compiler = new Compiler();
    return run(io, compiler, new CompilerTrees(compiler), args);
  }

  /**
   * The run's compiler as the tree source of diff and publish: a class, as a method reference would
   * link through {@code java.lang.invoke} on every start, validate's included.
   */
  private record CompilerTrees(Compiler compiler) implements TreeSource {
    @Override
    public OutputTree compile(Checked checked) {
      return compiler.compile(checked);
    }
  }

  /** Run as picocli's {@code execute} runs a command: an exception goes to {@link #handle}. */
  private static int runWithoutPicocli(Invocation io, Compiler compiler, ValidateRequest request) {
    int code;
    try {
      code = request.run(io, compiler);
    } catch (Exception e) {
      code = handle(io, e);
    }
    io.out().flush();
    io.err().flush();
    return code;
  }

  /** The commands, in a holder: a run picocli does not parse loads none of their classes. */
  private static final class Commands {
    static final Map<String, Class<?>> ALL = commands();
  }

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("validate", ValidateCommand.class);
    commands.put("compile", CompileCommand.class);
    commands.put("diff", DiffCommand.class);
    commands.put("publish", PublishCommand.class);
    commands.put("seal", SealCommand.class);
    commands.put("import", ImportCommand.class);
    commands.put("schema", SchemaCommand.class);
    commands.put("init", InitCommand.class);
    commands.put("explain", ExplainCommand.class);
    commands.put("completion", CompletionCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  /**
   * Runs one command line with the given world and compiler, diff and publish taking their tree
   * from {@code trees} (tests pass trees they built); returns the exit code.
   */
  public static int run(Invocation io, Compiler compiler, TreeSource trees, String... args) {
    if (versionOnly(args)) {
      return printVersion(io);
    }
    Optional<ValidateRequest> validate = ValidateLine.parse(args);
    if (validate.isPresent()) {
      return runWithoutPicocli(io, compiler, validate.get());
    }
    CommandFactory factory = new CommandFactory(io, compiler, trees);
    CommandLine cli = new CommandLine(new Main().spec, factory);
    String named = args.length > 0 ? args[0] : "";
    // help and completion describe every command, so they need all of them registered
    boolean all =
        !Commands.ALL.containsKey(named) || named.equals("help") || named.equals("completion");
    for (Map.Entry<String, Class<?>> command : Commands.ALL.entrySet()) {
      if (all || named.equals(command.getKey())) {
        Object created = create(factory, command.getValue());
        cli.addSubcommand(
            command.getKey(),
            created instanceof Models.Modelled modelled ? modelled.spec() : created);
      }
    }
    cli.setOut(io.out());
    cli.setErr(io.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(io, e));
    int code = cli.execute(args);
    io.out().flush();
    io.err().flush();
    return code;
  }

  /**
   * {@code aigonix --version} or {@code -V} and nothing else: what picocli's version option prints.
   */
  private static boolean versionOnly(String... args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  private static int printVersion(Invocation io) {
    for (String line : new Version().getVersion()) {
      io.out().println(line);
    }
    io.out().flush();
    return ExitCodes.OK;
  }

  private static Object create(CommandFactory factory, Class<?> type) {
    try {
      return factory.create(type);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create command " + type.getSimpleName(), e);
    }
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
