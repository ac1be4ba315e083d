package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;

/** AGX2018: public paths are absolute URL paths an Ingress accepts. */
public final class PublicPathFormatRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      java.util.Set<String> reported = new java.util.HashSet<>();
      for (Walk.Deployed d : ctx.deployments(ms)) {
        var pub = d.effective().publicPath();
        String pointer = PublicPaths.pointer(d);
        if (pub != null
            && pub.path() != null
            && !UrlPaths.isPath(pub.path())
            && reported.add(pointer)) {
          ctx.report(
              Code.INVALID_PATH,
              pointer,
              "public path '" + ctx.show(pointer, pub.path()) + "' is not a valid Ingress path",
              "start with '/' and use URL path characters only, e.g. /orders");
        }
      }
    }
  }
}
