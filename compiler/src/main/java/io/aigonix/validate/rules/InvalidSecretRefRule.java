package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.SecretValueSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.Optional;

/**
 * AGX2039: a store reference's {@code ref} is not empty and, like {@code property} and {@code
 * version} when given, has only printable characters: no whitespace, control or format characters,
 * which no store accepts in a key and which are invisible in a review. A reference names a key, not
 * a secret, so the message may quote it (with the offending code point).
 */
public final class InvalidSecretRefRule implements SemanticRule {
  private static final String HINT =
      "write the key as the store shows it, e.g. { ref: orders-db, property: password }";

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      if (app.spec().registry() != null && app.spec().registry().dockerConfigJson() != null) {
        check(
            ctx,
            app,
            null,
            app.spec().registry().dockerConfigJson(),
            app.pointer() + "/registry/dockerConfigJson");
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        for (Walk.Secret s : Walk.secrets(ms)) {
          if (s.value() instanceof SecretValueSpec.Reference r) {
            check(ctx, app, s, r, s.pointer());
          }
        }
      }
    }
  }

  /**
   * @param secret the secretEnv value that refers, or null for the application's registry
   */
  private static void check(
      RuleContext ctx,
      Walk.App app,
      Walk.Secret secret,
      SecretValueSpec.Reference r,
      String pointer) {
    field(ctx, app, secret, "ref", r.ref(), pointer);
    if (r.property() != null) {
      field(ctx, app, secret, "property", r.property(), pointer);
    }
    if (r.version() != null) {
      field(ctx, app, secret, "version", r.version(), pointer);
    }
  }

  private static void field(
      RuleContext ctx,
      Walk.App app,
      Walk.Secret secret,
      String field,
      String value,
      String pointer) {
    Optional<String> p = problem(value);
    if (p.isPresent()) {
      ctx.report(
          Code.INVALID_SECRET_REF,
          pointer + "/" + field,
          what(ctx, app, secret) + ": " + field + " " + p.get(),
          HINT);
    }
  }

  /** What refers, as a message names it (made only when one is reported). */
  private static String what(RuleContext ctx, Walk.App app, Walk.Secret secret) {
    return secret == null
        ? "registry.dockerConfigJson of application '" + ctx.name(app) + "'"
        : "secretEnv " + ctx.showKey(secret.key()) + " for " + ctx.showKey(secret.environment());
  }

  /** What is wrong with a ref, property or version, or empty when it is usable. */
  static Optional<String> problem(String value) {
    if (value == null || value.isEmpty()) {
      return Optional.of("is empty");
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!printable(c)) {
        return Optional.of(
            String.format(
                "has a non-printable character U+%04X at position %d",
                c, value.codePointCount(0, i) + 1));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  private static boolean printable(int c) {
    int type = Character.getType(c);
    return !Character.isWhitespace(c)
        && !Character.isSpaceChar(c)
        && type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE
        && type != Character.SURROGATE;
  }
}
