package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.spec.MicroserviceSpec.HeadSpec;
import io.aigonix.spec.OverrideSpec;
import io.aigonix.spec.RuntimeSpec;
import io.aigonix.validate.RuleContext;
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
          image(ctx, mongo.image(), env.pointer() + "/mongo/image", env, null, null);
        }
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        images(ctx, ms.spec().head(), ms.spec().runtime(), ms.pointer(), ms, null);
        if (ms.spec().environments() != null) {
          for (Map.Entry<String, OverrideSpec> entry : ms.spec().environments().entrySet()) {
            String e = entry.getKey();
            OverrideSpec o = entry.getValue();
            if (o != null) {
              images(ctx, o.head(), o.runtime(), Pointers.child(ms.at("/environments"), e), ms, e);
            }
          }
        }
      }
    }
  }

  /**
   * @param override the environment whose overrides hold the images, or null for the base
   */
  private static void images(
      LintContext ctx,
      HeadSpec head,
      RuntimeSpec runtime,
      String pointer,
      Walk.Ms ms,
      String override) {
    if (head != null) {
      image(ctx, head.image(), pointer + "/head/image", null, ms, override);
    }
    if (runtime != null && !runtime.isNone()) {
      image(ctx, runtime.image(), pointer + "/runtime/image", null, ms, override);
    }
  }

  /** An image of the MongoDB of {@code env}, or else of {@code ms} (in {@code override}). */
  private static void image(
      LintContext ctx, String image, String pointer, Walk.Env env, Walk.Ms ms, String override) {
    if (image == null) {
      return;
    }
    ImageRef ref = ImageRef.parse(image);
    if (ref.pinned()) {
      return;
    }
    RuleContext q = ctx.quoting();
    String what =
        env != null
            ? "MongoDB of " + q.name(env)
            : (pointer.endsWith("/head/image") ? "head" : "runtime")
                + " image of '"
                + q.name(ms)
                + "'"
                + (override == null ? "" : " in " + q.showKey(override));
    String problem =
        ref.tag() == null || ref.tag().isEmpty() ? "has no tag" : "uses the tag 'latest'";
    // the repository is the image's text: shown only where the image is
    boolean quotable = q.quotable(pointer);
    ctx.report(
        Code.UNPINNED_IMAGE,
        pointer,
        "the " + what + " " + problem + " (" + q.show(pointer, image) + ")",
        "pin a version ("
            + (quotable ? ref.repository() : "the repository")
            + ":<version>, or a digest @sha256:…): otherwise a restart may "
            + "pull another build and no diff shows it");
  }
}
