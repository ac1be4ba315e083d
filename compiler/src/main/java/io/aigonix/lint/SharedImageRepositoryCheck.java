package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.Walk;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AGX5008 (I Codebase): one codebase per microservice, so two microservices do not run head images
 * of the same repository (across the whole file). The runtime sidecar image is shared by design and
 * not looked at. Reported at the second microservice's image, naming the first.
 */
final class SharedImageRepositoryCheck implements LintCheck {

  @Override
  public void check(LintContext ctx) {
    Map<String, Walk.Ms> owner = new LinkedHashMap<>();
    for (Walk.Ms ms : ctx.microservices()) {
      for (Walk.Deployed d : ctx.deployments(ms)) {
        if (d.effective().head() == null || d.effective().head().image() == null) {
          continue;
        }
        String repository = ImageRef.parse(d.effective().head().image()).repository();
        Walk.Ms first = owner.putIfAbsent(repository, ms);
        if (first != null && !qualified(first).equals(qualified(ms))) {
          String override =
              io.aigonix.source.Pointers.child(ms.at("/environments"), d.environment())
                  + "/head/image";
          String pointer = ctx.has(override) ? override : ms.at("/head/image");
          RuleContext q = ctx.quoting();
          ctx.report(
              Code.SHARED_IMAGE_REPOSITORY,
              pointer,
              "'"
                  + q.name(ms)
                  + "' runs an image of '"
                  + q.show(pointer, repository)
                  + "', like '"
                  + q.name(first)
                  + "' of "
                  + q.name(first.app()),
              "build one image per microservice; if both are process types of one app (web and worker), "
                  + "mark it with # aigonix:ignore AGX5008");
          break;
        }
      }
    }
  }

  /** Which microservice it is: two of one name in two applications are two. */
  private static String qualified(Walk.Ms ms) {
    return ms.spec().name() + "\n" + ms.app().spec().name();
  }
}
