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
