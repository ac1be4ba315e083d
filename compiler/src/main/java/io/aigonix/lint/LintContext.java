package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.model.Defaults;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.Walk;
import io.aigonix.validate.Walks;
import java.util.List;

/**
 * What a lint check sees: the bound spec, the source (locations), the config files' text, and where
 * it reports. Lint runs only on a file without errors, so every reference in the spec resolves.
 */
final class LintContext {
  private final ParsedSource source;
  private final AigonixSpec spec;
  private final ConfigTexts configTexts;
  // reports go where the semantic rules' go, with the same locations
  private final RuleContext reports;

  LintContext(ParsedSource source, AigonixSpec spec, Walks walks) {
    this.source = source;
    this.spec = spec;
    this.configTexts = new ConfigTexts(source.directory());
    this.reports = new RuleContext(source, spec, walks);
  }

  AigonixSpec spec() {
    return spec;
  }

  /** Every microservice of every application, in file order (walked once per check). */
  List<Walk.Ms> microservices() {
    return reports.microservices();
  }

  /** The deployments of {@code ms}, overrides merged (walked once per check). */
  List<Walk.Deployed> deployments(Walk.Ms ms) {
    return reports.deployments(ms);
  }

  ConfigTexts configTexts() {
    return configTexts;
  }

  /** Whether the file has a node at {@code pointer} (overrides and defaults may leave one out). */
  boolean has(String pointer) {
    return source.locations().has(pointer);
  }

  /** SPEC §1: production as the model decides it ({@link Defaults#production}). */
  static boolean production(EnvironmentSpec env) {
    return Defaults.production(env.production(), env.name());
  }

  static EnvironmentSpec environment(Walk.App app, String name) {
    for (EnvironmentSpec e : app.spec().environments()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new java.util.NoSuchElementException(name);
  }

  /**
   * What a message may quote of the user's values, keys and names, as the semantic rules' messages
   * do ({@link io.aigonix.validate.QuotableValue}); called only when a warning is made.
   */
  RuleContext quoting() {
    return reports;
  }

  /** Reports a warning at the value of {@code pointer}. */
  void report(Code code, String pointer, String message, String hint) {
    reports.report(code, pointer, message, hint);
  }

  /** Reports a warning at the key of {@code pointer}. */
  void reportAtKey(Code code, String pointer, String message, String hint) {
    reports.reportAtKey(code, pointer, message, hint);
  }

  List<Diagnostic> diagnostics() {
    return reports.diagnostics();
  }
}
