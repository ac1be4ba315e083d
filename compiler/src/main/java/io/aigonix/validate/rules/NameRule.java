package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.KubernetesNames;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.regex.Pattern;

/**
 * AGX2002: customer, application, environment and microservice names follow SPEC §1.2, and an
 * {@code objectName} is a DNS-1123 label (it is used as written, with nothing lower-cased).
 */
public final class NameRule implements SemanticRule {
  static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9](?:(?:[A-Za-z0-9-]| (?! ))*[A-Za-z0-9])?");
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
    return name != null && name.length() <= 63 && NAME.matcher(name).matches();
  }

  private static void objectName(RuleContext ctx, String what, String objectName, String at) {
    if (objectName != null) {
      KubernetesNames.dns1123Label(objectName)
          .ifPresent(
              why ->
                  ctx.report(
                      Code.INVALID_NAME,
                      at + "/objectName",
                      what + " objectName '" + objectName + "' is not a DNS-1123 label: " + why,
                      "objectName is used as written in object and folder names: 1-63 lower-case"
                          + " letters, digits and '-', starting and ending with a letter or digit"));
    }
  }

  private static void check(RuleContext ctx, String what, String name, String pointer) {
    if (name != null && !isValid(name)) {
      String why =
          name.length() > 63
              ? "is " + name.length() + " characters long"
              : "has characters or spacing that are not allowed";
      ctx.report(Code.INVALID_NAME, pointer, what + " name '" + name + "' " + why, HINT);
    }
  }
}
