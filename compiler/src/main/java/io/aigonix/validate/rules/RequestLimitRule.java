package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.model.Defaults;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.spec.MicroserviceSpec.QuantitiesSpec;
import io.aigonix.spec.MicroserviceSpec.ResourcesSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import io.aigonix.validate.k8s.Quantity;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * AGX2020: in every environment, after defaults (SPEC §2.2) and overrides, each request is at most
 * its limit, as Kubernetes {@code pkg/apis/core/validation} {@code ValidateResourceRequirements}
 * demands ("must be less than or equal to cpu limit"). Reported at the request where the file sets
 * it (the override's, else the microservice's), else at the limit; once per place.
 */
public final class RequestLimitRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Ms ms : Walk.microservices(app)) {
        Set<String> reported = new HashSet<>();
        for (Walk.Deployed d : ctx.deployments(ms)) {
          boolean production = production(app, d.environment());
          ResourcesSpec r = d.effective().resources();
          compare(
              ctx,
              d,
              reported,
              "cpu",
              r,
              production ? Defaults.CPU_REQUEST_PRODUCTION : Defaults.CPU_REQUEST_OTHER,
              Defaults.CPU_LIMIT);
          compare(ctx, d, reported, "memory", r, Defaults.MEMORY_REQUEST, Defaults.MEMORY_LIMIT);
        }
      }
    }
  }

  private static void compare(
      RuleContext ctx,
      Walk.Deployed d,
      Set<String> reported,
      String what,
      ResourcesSpec r,
      String defaultRequest,
      String defaultLimit) {
    String request = value(r == null ? null : r.requests(), what, defaultRequest);
    String limit = value(r == null ? null : r.limits(), what, defaultLimit);
    Optional<BigDecimal> requested = Quantity.parse(request);
    Optional<BigDecimal> limited = Quantity.parse(limit);
    if (requested.isEmpty() || limited.isEmpty() || requested.get().compareTo(limited.get()) <= 0) {
      return;
    }
    String requestAt = where(ctx, d, "/resources/requests/" + what);
    String limitAt = where(ctx, d, "/resources/limits/" + what);
    String pointer = requestAt != null ? requestAt : limitAt != null ? limitAt : d.ms().at("/name");
    if (reported.add(pointer)) {
      ctx.report(
          Code.REQUEST_ABOVE_LIMIT,
          pointer,
          what
              + " request "
              + shown(ctx, requestAt, request)
              + " is above the limit "
              + shown(ctx, limitAt, limit)
              + " in "
              + ctx.environment(d.ms().app(), d.environment()),
          "Kubernetes refuses a request larger than its limit; the defaults are "
              + "requests cpu 25m/50m, memory 256Mi and limits cpu 2000m, memory 1Gi");
    }
  }

  /** A quantity as a message may show it: a default (no pointer) is no user's value. */
  private static String shown(RuleContext ctx, String pointer, String quantity) {
    return pointer == null ? quantity : ctx.show(pointer, quantity);
  }

  /** Whether any environment of this name is a production one. */
  private static boolean production(Walk.App app, String environment) {
    for (EnvironmentSpec e : app.spec().environments()) {
      if (e.name().equals(environment) && Defaults.production(e.production(), e.name())) {
        return true;
      }
    }
    return false;
  }

  /** The written quantity {@code what} ("cpu" or "memory") of {@code q}, else the default. */
  private static String value(QuantitiesSpec q, String what, String otherwise) {
    String written = q == null ? null : what.equals("cpu") ? q.cpu() : q.memory();
    return written == null ? otherwise : written;
  }

  /**
   * The pointer of {@code relative} in the override of this environment, else in the microservice,
   * if written, else null.
   */
  private static String where(RuleContext ctx, Walk.Deployed d, String relative) {
    for (String pointer : new String[] {d.overridePointer() + relative, d.ms().at(relative)}) {
      if (ctx.source().root().at(pointer).isValueNode()) {
        return pointer;
      }
    }
    return null;
  }
}
