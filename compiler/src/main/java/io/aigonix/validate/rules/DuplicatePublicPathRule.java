package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.HashMap;
import java.util.Map;

/**
 * AGX2008: within a Kubernetes environment of an application, public paths are unique (as the
 * platform required). Edge environments (SPEC §9) route no paths.
 */
public final class DuplicatePublicPathRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      Map<String, Walk.Ms> seen = new HashMap<>();
      java.util.Set<String> edge = new java.util.HashSet<>();
      for (Walk.Env e : Walk.environments(app)) {
        if (e.spec().isEdge()) {
          edge.add(e.spec().name());
        }
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        for (Walk.Deployed d : ctx.deployments(ms)) {
          if (edge.contains(d.environment())
              || d.effective().publicPath() == null
              || d.effective().publicPath().path() == null) {
            continue;
          }
          String path = d.effective().publicPath().path();
          Walk.Ms owner = seen.putIfAbsent(d.environment() + " " + path, ms);
          if (owner != null) {
            String pointer = PublicPaths.pointer(d);
            ctx.report(
                Code.DUPLICATE_PUBLIC_PATH,
                pointer,
                "public path '"
                    + ctx.show(pointer, path)
                    + "' in environment '"
                    + ctx.environment(app, d.environment())
                    + "' is already used by '"
                    + ctx.name(owner)
                    + "'",
                "each public microservice of an environment needs its own path");
          }
        }
      }
    }
  }
}
