package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec.QuantitiesSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import io.aigonix.validate.k8s.Quantity;
import java.util.Optional;

/**
 * AGX2019: cpu, memory (requests and limits, also in overrides) and MongoDB storage are quantities
 * the API server keeps as written: {@link Quantity} (apimachinery {@code ParseQuantity}),
 * non-negative as {@code ValidateResourceRequirements} wants, and storage above zero as {@code
 * ValidatePersistentVolumeClaimSpec} wants.
 */
public final class QuantityRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (Layers layer : Layers.of(ms)) {
        if (layer.resources() != null) {
          quantities(ctx, layer.resources().requests(), layer.at("/resources/requests"));
          quantities(ctx, layer.resources().limits(), layer.at("/resources/limits"));
        }
      }
    }
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Env env : Walk.environments(app)) {
        var mongo = env.spec().mongo();
        if (mongo != null && mongo.storage() != null) {
          String pointer = env.pointer() + "/mongo/storage";
          boolean reported = check(ctx, "storage", mongo.storage(), pointer);
          if (!reported && Quantity.parse(mongo.storage()).get().signum() == 0) {
            ctx.report(
                Code.INVALID_QUANTITY,
                pointer,
                "storage '0' is not allowed: a volume must be larger than zero",
                "e.g. 8Gi");
          }
        }
      }
    }
  }

  private static void quantities(RuleContext ctx, QuantitiesSpec q, String pointer) {
    if (q != null) {
      check(ctx, "cpu", q.cpu(), pointer + "/cpu");
      check(ctx, "memory", q.memory(), pointer + "/memory");
    }
  }

  private static boolean check(RuleContext ctx, String what, String value, String pointer) {
    if (value == null) {
      return false;
    }
    Optional<String> why = Quantity.problem(value);
    if (why.isEmpty()) {
      return false;
    }
    ctx.report(
        Code.INVALID_QUANTITY,
        pointer,
        what + " " + Shown.of(ctx.show(pointer, value)) + " is not valid: " + why.get(),
        what.equals("cpu") ? "cores as 500m, 0.5 or 2" : "bytes as 256Mi, 1Gi, 500M or 128974848");
    return true;
  }
}
