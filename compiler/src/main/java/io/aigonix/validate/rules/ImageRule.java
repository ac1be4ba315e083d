package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import io.aigonix.validate.k8s.ImageReference;
import java.util.Optional;

/**
 * AGX2023: head, runtime (also in overrides) and MongoDB images are references {@link
 * ImageReference} accepts.
 */
public final class ImageRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (Layers layer : Layers.of(ms)) {
        if (layer.head() != null) {
          check(ctx, "head", layer.head().image(), layer.at("/head/image"));
        }
        if (layer.runtime() != null && !layer.runtime().isNone()) {
          check(ctx, "runtime", layer.runtime().image(), layer.at("/runtime/image"));
        }
      }
    }
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Env env : Walk.environments(app)) {
        if (env.spec().mongo() != null) {
          check(ctx, "MongoDB", env.spec().mongo().image(), env.pointer() + "/mongo/image");
        }
      }
    }
  }

  private static void check(RuleContext ctx, String what, String image, String pointer) {
    if (image != null) {
      Optional<String> why = ImageReference.problem(image);
      if (why.isPresent()) {
        ctx.report(
            Code.INVALID_IMAGE,
            pointer,
            "the " + what + " image is not a valid image reference: " + why.get(),
            "e.g. acmecorp.azurecr.io/orders:1.2.0, registry:5000/team/app@sha256:<64 hex digits>");
      }
    }
  }
}
