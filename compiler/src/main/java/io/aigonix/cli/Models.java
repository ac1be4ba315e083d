package io.aigonix.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli models built in code, for the commands a pre-commit hook or a CI job runs every time (the
 * top command, validate and compile). picocli reads a model from annotations through reflection,
 * and the JDK answers each annotation type with a proxy class generated at run time, which no
 * class-data archive of Java 17 holds: a tenth of a validate's start-up (issue 15). The other
 * commands keep their annotations; they are registered only when named, or for help and completion.
 */
final class Models {
  private Models() {}

  /** A command that builds its own model instead of being read from annotations. */
  interface Modelled {
    CommandSpec spec();
  }

  /** {@code --format}: how diagnostics are printed ({@code what}: "Output", "Diagnostics"). */
  static OptionSpec formatOption(String what) {
    return OptionSpec.builder("--format")
        .paramLabel("<format>")
        .type(DiagnosticsOutput.Format.class)
        .defaultValue("text")
        .description(what + " format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        .build();
  }

  /** {@code --strict}: warnings fail, as {@code description} says for the command. */
  static OptionSpec strictOption(String description) {
    return OptionSpec.builder("--strict").type(boolean.class).description(description).build();
  }

  /** -h/--help and -V/--version, as {@code mixinStandardHelpOptions} adds them. */
  static CommandSpec withStandardHelp(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    return spec;
  }
}
