package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.KubernetesNames;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.Optional;

/**
 * AGX2002: customer, application, environment and microservice names follow SPEC §1.2, and an
 * {@code objectName} is a DNS-1123 label (it is used as written, with nothing lower-cased).
 */
public final class NameRule implements SemanticRule {
  private static final String HINT =
      "1-63 letters, digits, '-' and single spaces, starting and ending with a letter or digit";

  @Override
  public void check(RuleContext ctx) {
    if (ctx.spec().customer() != null) {
      check(ctx, "customer", ctx.spec().customer().name(), "/customer/name");
    }
    for (Walk.App app : Walk.applications(ctx.spec())) {
      check(ctx, "application", app.spec().name(), app.pointer() + "/name");
      objectName(ctx, "application", app.spec().objectName(), app.pointer());
      for (Walk.Env env : Walk.environments(app)) {
        check(ctx, "environment", env.spec().name(), env.pointer() + "/name");
        objectName(ctx, "environment", env.spec().objectName(), env.pointer());
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        check(ctx, "microservice", ms.spec().name(), ms.at("/name"));
        objectName(ctx, "microservice", ms.spec().objectName(), ms.pointer());
      }
    }
  }

  /** A name whose object form can be used: a valid name, and a valid objectName when given. */
  public static boolean isValid(String name, String objectName) {
    return isValid(name)
        && (objectName == null || KubernetesNames.dns1123Label(objectName).isEmpty());
  }

  public static boolean isValid(String name) {
    return name != null && name.length() <= 63 && isNameText(name);
  }

  /**
   * {@code [A-Za-z0-9](?:(?:[A-Za-z0-9-]| (?! ))*[A-Za-z0-9])?} as a loop (an expression would be
   * compiled on every start; RuleLoopsTest keeps it as the oracle): letters, digits, '-' and single
   * spaces, starting and ending with a letter or digit.
   */
  static boolean isNameText(String name) {
    int n = name.length();
    if (n == 0 || !alphanumeric(name.charAt(0)) || !alphanumeric(name.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = name.charAt(i);
      if (c == ' ' ? name.charAt(i + 1) == ' ' : !(alphanumeric(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean alphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static void objectName(RuleContext ctx, String what, String objectName, String at) {
    if (objectName != null) {
      Optional<String> why = KubernetesNames.dns1123Label(objectName);
      if (why.isPresent()) {
        ctx.report(
            Code.INVALID_NAME,
            at + "/objectName",
            what
                + " objectName '"
                + ctx.show(at + "/objectName", objectName)
                + "' is not a DNS-1123 label: "
                + why.get(),
            "objectName is used as written in object and folder names: 1-63 lower-case"
                + " letters, digits and '-', starting and ending with a letter or digit");
      }
    }
  }

  private static void check(RuleContext ctx, String what, String name, String pointer) {
    if (name != null && !isValid(name)) {
      String why =
          name.length() > 63
              ? "is " + name.length() + " characters long"
              : "has characters or spacing that are not allowed";
      ctx.report(
          Code.INVALID_NAME,
          pointer,
          what + " name '" + ctx.show(pointer, name) + "' " + why,
          HINT);
    }
  }
}
