package io.aigonix.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command lines a pre-commit hook runs, {@code validate [-f F] [--format X] [--strict]
 * [FILE...]}, read without picocli: building picocli's model, its converters (which load {@code
 * java.time} and {@code java.sql}) and its factory (whose probe for Groovy opens the 15 MB jar's
 * index) cost a fifth of a validate (issue 15). Only plain forms are taken: an option once, a value
 * that is not empty and starts with neither {@code -} nor {@code @}, a format picocli would accept;
 * anything else ({@code -h}, {@code --}, {@code @argfiles}, {@code -fF}, a repeat, an unknown
 * option) is left to picocli, so its messages and its exit codes stay the only ones. {@code
 * ValidateLineTest} compares the two parses on generated command lines.
 */
final class ValidateLine {
  private ValidateLine() {}

  /** The request {@code args} make, or empty when picocli must read them. */
  static Optional<ValidateRequest> parse(String... args) {
    if (args.length == 0 || !args[0].equals("validate")) {
      return Optional.empty();
    }
    String file = null;
    DiagnosticsOutput.Format format = null;
    boolean strict = false;
    List<String> more = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "-f", "--file", "--format" -> {
          if (value == null) {
            if (name.equals(arg) && i + 1 < args.length) {
              value = args[++i];
            } else {
              return Optional.empty();
            }
          }
          if (!plain(value)) {
            return Optional.empty();
          }
          if (name.equals("--format")) {
            if (format != null || (format = format(value)) == null) {
              return Optional.empty();
            }
          } else if (file != null) {
            return Optional.empty();
          } else {
            file = value;
          }
        }
        case "--strict" -> {
          if (strict || value != null) {
            return Optional.empty();
          }
          strict = true;
        }
        default -> {
          if (!plain(arg)) {
            return Optional.empty();
          }
          more.add(arg);
        }
      }
    }
    List<String> files = new ArrayList<>();
    if (file != null) {
      files.add(file);
    }
    files.addAll(more);
    return Optional.of(
        new ValidateRequest(
            files, format == null ? DiagnosticsOutput.Format.text : format, strict));
  }

  private static boolean plain(String value) {
    return !value.isEmpty() && value.charAt(0) != '-' && value.charAt(0) != '@';
  }

  /** picocli's reading of an enum value with case-insensitive values allowed. */
  private static DiagnosticsOutput.Format format(String value) {
    for (DiagnosticsOutput.Format format : DiagnosticsOutput.Format.values()) {
      if (format.name().equalsIgnoreCase(value)) {
        return format;
      }
    }
    return null;
  }
}
