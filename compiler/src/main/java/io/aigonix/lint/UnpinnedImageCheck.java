package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.spec.MicroserviceSpec.HeadSpec;
import io.aigonix.spec.OverrideSpec;
import io.aigonix.spec.RuntimeSpec;
import io.aigonix.validate.Walk;
import java.util.Map;

/**
 * AGX5001 (II Dependencies): every image the file names (head, runtime, MongoDB; base and
 * overrides) has a tag other than {@code latest}, or a digest. {@code latest-2024.1} is a tag like
 * any other.
 */
final class UnpinnedImageCheck implements LintCheck {

  @Override
  public void check(LintContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Env env : Walk.environments(app)) {
        EnvironmentSpec.MongoSpec mongo = env.spec().mongo();
        if (mongo != null) {
          image(
              ctx,
              mongo.image(),
              env.pointer() + "/mongo/image",
              "MongoDB of " + env.spec().name());
        }
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        String name = "'" + ms.spec().name() + "'";
        images(ctx, ms.spec().head(), ms.spec().runtime(), ms.pointer(), name);
        if (ms.spec().environments() != null) {
          for (Map.Entry<String, OverrideSpec> entry : ms.spec().environments().entrySet()) {
            String e = entry.getKey();
            OverrideSpec o = entry.getValue();
            if (o != null) {
              images(
                  ctx,
                  o.head(),
                  o.runtime(),
                  Pointers.child(ms.at("/environments"), e),
                  name + " in " + e);
            }
          }
        }
      }
    }
  }

  private static void images(
      LintContext ctx, HeadSpec head, RuntimeSpec runtime, String pointer, String what) {
    if (head != null) {
      image(ctx, head.image(), pointer + "/head/image", "head image of " + what);
    }
    if (runtime != null && !runtime.isNone()) {
      image(ctx, runtime.image(), pointer + "/runtime/image", "runtime image of " + what);
    }
  }

  private static void image(LintContext ctx, String image, String pointer, String what) {
    if (image == null) {
      return;
    }
    ImageRef ref = ImageRef.parse(image);
    if (ref.pinned()) {
      return;
    }
    String problem =
        ref.tag() == null || ref.tag().isEmpty() ? "has no tag" : "uses the tag 'latest'";
    ctx.report(
        Code.UNPINNED_IMAGE,
        pointer,
        "the " + what + " " + problem + " (" + image + ")",
        "pin a version ("
            + ref.repository()
            + ":<version>, or a digest @sha256:…): otherwise a restart may "
            + "pull another build and no diff shows it");
  }
}
