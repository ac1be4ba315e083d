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
            "registry.dockerConfigJson of application '" + app.spec().name() + "'",
            app.spec().registry().dockerConfigJson(),
            app.pointer() + "/registry/dockerConfigJson");
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        for (Walk.Secret s : Walk.secrets(ms)) {
          if (s.value() instanceof SecretValueSpec.Reference r) {
            check(ctx, "secretEnv " + s.key() + " for " + s.environment(), r, s.pointer());
          }
        }
      }
    }
  }

  private static void check(
      RuleContext ctx, String what, SecretValueSpec.Reference r, String pointer) {
    field(ctx, what, "ref", r.ref(), pointer);
    if (r.property() != null) {
      field(ctx, what, "property", r.property(), pointer);
    }
    if (r.version() != null) {
      field(ctx, what, "version", r.version(), pointer);
    }
  }

  private static void field(
      RuleContext ctx, String what, String field, String value, String pointer) {
    problem(value)
        .ifPresent(
            p ->
                ctx.report(
                    Code.INVALID_SECRET_REF,
                    pointer + "/" + field,
                    what + ": " + field + " " + p,
                    HINT));
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
