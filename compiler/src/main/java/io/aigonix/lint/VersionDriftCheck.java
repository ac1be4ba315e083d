package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AGX5006 (X Dev/prod parity): the head image and the runtime image of a microservice are the same
 * in every environment it is deployed to. One warning per microservice, with each environment's
 * version, at the first override that differs. A staged rollout is a deliberate drift: suppress it
 * there.
 */
final class VersionDriftCheck implements LintCheck {

  @Override
  public void check(LintContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      List<Walk.Deployed> deployed = ctx.deployments(ms);
      List<String> parts = new ArrayList<>();
      String at = null;
      for (Image image : List.of(Image.HEAD, Image.RUNTIME)) {
        Map<String, String> byEnvironment = new LinkedHashMap<>();
        for (Walk.Deployed d : deployed) {
          String value = image.of(d.effective());
          if (value != null) {
            byEnvironment.put(d.environment(), value);
          }
        }
        String drifting = firstDrifting(byEnvironment);
        if (drifting != null) {
          parts.add(image.word + " " + versions(ctx, ms, image, byEnvironment));
          if (at == null) {
            at = where(ctx, ms, drifting, image);
          }
        }
      }
      if (at != null) {
        ctx.report(
            Code.VERSION_DRIFT,
            at,
            "'"
                + ctx.quoting().name(ms)
                + "' runs different versions in its environments: "
                + String.join("; ", parts),
            "promote one version through the environments (set it once on the microservice); "
                + "if this is a staged rollout, mark it with # aigonix:ignore AGX5006");
      }
    }
  }

  private enum Image {
    HEAD("head"),
    RUNTIME("runtime");

    final String word;

    Image(String word) {
      this.word = word;
    }

    /** This image of the microservice, or null when it has none. */
    String of(MicroserviceSpec ms) {
      if (this == HEAD) {
        return ms.head() == null ? null : ms.head().image();
      }
      return ms.runtime() == null || ms.runtime().isNone() ? null : ms.runtime().image();
    }

    String pointer() {
      return "/" + word + "/image";
    }
  }

  /** The first environment whose image differs from the first environment's, or null. */
  private static String firstDrifting(Map<String, String> byEnvironment) {
    String first = null;
    for (Map.Entry<String, String> e : byEnvironment.entrySet()) {
      if (first == null) {
        first = e.getValue();
      } else if (!e.getValue().equals(first)) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * "Dev 1.2.0, Prod 1.1.9"; whole images when the repositories differ too. Each as shown where
   * that environment's image is written.
   */
  private static String versions(
      LintContext ctx, Walk.Ms ms, Image image, Map<String, String> byEnvironment) {
    Set<String> repositories = new HashSet<>();
    for (String value : byEnvironment.values()) {
      repositories.add(ImageRef.parse(value).repository());
    }
    boolean sameRepository = repositories.size() == 1;
    List<String> list = new ArrayList<>();
    for (Map.Entry<String, String> e : byEnvironment.entrySet()) {
      String value = e.getValue();
      String version = sameRepository ? ImageRef.parse(value).version() : value;
      list.add(
          ctx.quoting().environment(ms.app(), e.getKey())
              + " "
              + ctx.quoting().show(where(ctx, ms, e.getKey(), image), version));
    }
    return String.join(", ", list);
  }

  private static String where(LintContext ctx, Walk.Ms ms, String environment, Image image) {
    String override =
        io.aigonix.source.Pointers.child(ms.at("/environments"), environment) + image.pointer();
    return ctx.has(override) ? override : ms.at(image.pointer());
  }
}
