package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.source.Location;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.List;

/**
 * What a lint check sees: the bound spec, the source (locations), the config files' text, and where
 * it reports. Lint runs only on a file without errors, so every reference in the spec resolves.
 */
final class LintContext {
  private final ParsedSource source;
  private final AigonixSpec spec;
  private final ConfigTexts configTexts;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  LintContext(ParsedSource source, AigonixSpec spec) {
    this.source = source;
    this.spec = spec;
    this.configTexts = new ConfigTexts(source.directory());
  }

  AigonixSpec spec() {
    return spec;
  }

  ConfigTexts configTexts() {
    return configTexts;
  }

  /** Whether the file has a node at {@code pointer} (overrides and defaults may leave one out). */
  boolean has(String pointer) {
    return source.locations().has(pointer);
  }

  /**
   * SPEC §1: an environment is production when it says so, or by default when it is named "prod".
   */
  static boolean production(EnvironmentSpec env) {
    return env.production() != null ? env.production() : env.name().equalsIgnoreCase("prod");
  }

  static EnvironmentSpec environment(Walk.App app, String name) {
    return app.spec().environments().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Reports a warning at the value of {@code pointer}. */
  void report(Code code, String pointer, String message, String hint) {
    add(code, pointer, source.locations().value(pointer), message, hint);
  }

  /** Reports a warning at the key of {@code pointer}. */
  void reportAtKey(Code code, String pointer, String message, String hint) {
    add(code, pointer, source.locations().key(pointer), message, hint);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private void add(Code code, String pointer, Location at, String message, String hint) {
    diagnostics.add(
        new Diagnostic(
            code,
            code.defaultSeverity(),
            message,
            source.displayName(),
            at.line(),
            at.column(),
            pointer,
            hint));
  }
}
