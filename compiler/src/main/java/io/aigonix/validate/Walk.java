package io.aigonix.validate;

import io.aigonix.model.Names;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.ApplicationSpec;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.spec.OverrideSpec;
import io.aigonix.spec.SecretValueSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The applications, environments and microservices of a spec with the JSON pointers they sit at.
 */
public final class Walk {
  public record App(ApplicationSpec spec, String pointer) {
    /** The object form of its name, or its {@code objectName} ({@link Names#object}). */
    public String objectName() {
      return Names.object(spec.name(), spec.objectName());
    }

    /**
     * The object name of its environment called {@code environment} (that name's object form when
     * the application has none of that name: the reference is reported elsewhere).
     */
    public String environmentObjectName(String environment) {
      for (EnvironmentSpec e : spec.environments()) {
        if (environment.equals(e.name())) {
          return Names.object(e.name(), e.objectName());
        }
      }
      return Names.object(environment);
    }
  }

  public record Env(App app, EnvironmentSpec spec, String pointer) {
    public String objectName() {
      return Names.object(spec.name(), spec.objectName());
    }
  }

  public record Ms(App app, MicroserviceSpec spec, String pointer) {
    public String at(String relative) {
      return pointer + relative;
    }

    public String objectName() {
      return Names.object(spec.name(), spec.objectName());
    }
  }

  private Walk() {}

  public static List<App> applications(AigonixSpec spec) {
    List<App> apps = new ArrayList<>();
    for (int i = 0; i < spec.applications().size(); i++) {
      apps.add(new App(spec.applications().get(i), "/applications/" + i));
    }
    return apps;
  }

  public static List<Env> environments(App app) {
    List<Env> envs = new ArrayList<>();
    for (int k = 0; k < app.spec().environments().size(); k++) {
      envs.add(
          new Env(app, app.spec().environments().get(k), app.pointer() + "/environments/" + k));
    }
    return envs;
  }

  public static List<Ms> microservices(App app) {
    List<Ms> list = new ArrayList<>();
    for (int j = 0; j < app.spec().microservices().size(); j++) {
      list.add(
          new Ms(app, app.spec().microservices().get(j), app.pointer() + "/microservices/" + j));
    }
    return list;
  }

  /**
   * A microservice in one environment where it is deployed, with that environment's overrides
   * applied.
   */
  public record Deployed(Ms ms, String environment, MicroserviceSpec effective) {
    /** Pointer of the override for this environment (may not exist in the file). */
    public String overridePointer() {
      return io.aigonix.source.Pointers.child(ms.pointer() + "/environments", environment);
    }
  }

  public static List<String> environmentNames(App app) {
    List<String> names = new ArrayList<>();
    for (EnvironmentSpec e : app.spec().environments()) {
      names.add(e.name());
    }
    return java.util.Collections.unmodifiableList(names);
  }

  public static List<Deployed> deployments(Ms ms) {
    List<Deployed> list = new ArrayList<>();
    for (String env : io.aigonix.spec.Overrides.deployedTo(ms.spec(), environmentNames(ms.app()))) {
      list.add(new Deployed(ms, env, io.aigonix.spec.Overrides.effective(ms.spec(), env)));
    }
    return list;
  }

  /** One event-horizon subscription of a consumer, with the pointer of its entry. */
  public record Subscription(
      Ms consumer, io.aigonix.spec.MicroserviceSpec.EventHorizonSpec spec, String pointer) {}

  public static List<Subscription> subscriptions(AigonixSpec spec) {
    List<Subscription> list = new ArrayList<>();
    for (Ms ms : allMicroservices(spec)) {
      for (int h = 0; h < ms.spec().eventHorizons().size(); h++) {
        list.add(
            new Subscription(ms, ms.spec().eventHorizons().get(h), ms.at("/eventHorizons/" + h)));
      }
    }
    return list;
  }

  /**
   * An {@code env} map of a microservice, its own or an environment override's, with its pointer.
   */
  public record EnvMap(Map<String, String> env, String pointer) {}

  public static List<EnvMap> envMaps(Ms ms) {
    List<EnvMap> list = new ArrayList<>();
    if (ms.spec().env() != null) {
      list.add(new EnvMap(ms.spec().env(), ms.at("/env")));
    }
    for (Map.Entry<String, OverrideSpec> o : overrides(ms)) {
      if (o.getValue() != null && o.getValue().env() != null) {
        list.add(new EnvMap(o.getValue().env(), overridePointer(ms, o.getKey()) + "/env"));
      }
    }
    return list;
  }

  /**
   * A {@code configFiles} map of a microservice, its own or an environment override's, with its
   * pointer.
   */
  public record ConfigFileMap(Map<String, MicroserviceSpec.ConfigFileSpec> files, String pointer) {}

  public static List<ConfigFileMap> configFileMaps(Ms ms) {
    List<ConfigFileMap> list = new ArrayList<>();
    if (ms.spec().configFiles() != null) {
      list.add(new ConfigFileMap(ms.spec().configFiles(), ms.at("/configFiles")));
    }
    for (Map.Entry<String, OverrideSpec> o : overrides(ms)) {
      if (o.getValue() != null && o.getValue().configFiles() != null) {
        list.add(
            new ConfigFileMap(
                o.getValue().configFiles(), overridePointer(ms, o.getKey()) + "/configFiles"));
      }
    }
    return list;
  }

  // Plain loops here and below rather than lambdas: every check runs these walks, mostly
  // interpreted, and each lambda costs every start a link.

  /** The microservice's environment overrides in the file's order (none: empty). */
  private static Iterable<Map.Entry<String, OverrideSpec>> overrides(Ms ms) {
    return ms.spec().environments() == null ? List.of() : ms.spec().environments().entrySet();
  }

  private static String overridePointer(Ms ms, String environment) {
    return io.aigonix.source.Pointers.child(ms.at("/environments"), environment);
  }

  /** One environment's value of a {@code secretEnv} key of a microservice, with its pointer. */
  public record Secret(
      Ms ms, String key, String environment, SecretValueSpec value, String pointer) {}

  /**
   * The microservice's secretEnv values in the file's order (null values, which remove nothing,
   * left out).
   */
  public static List<Secret> secrets(Ms ms) {
    List<Secret> list = new ArrayList<>();
    if (ms.spec().secretEnv() == null) {
      return list;
    }
    for (Map.Entry<String, Map<String, SecretValueSpec>> key : ms.spec().secretEnv().entrySet()) {
      if (key.getValue() == null) {
        continue;
      }
      String base = io.aigonix.source.Pointers.child(ms.at("/secretEnv"), key.getKey());
      for (Map.Entry<String, SecretValueSpec> env : key.getValue().entrySet()) {
        if (env.getValue() != null) {
          list.add(
              new Secret(
                  ms,
                  key.getKey(),
                  env.getKey(),
                  env.getValue(),
                  io.aigonix.source.Pointers.child(base, env.getKey())));
        }
      }
    }
    return list;
  }

  /** A scope of a microservice, its own or an environment override's, with its pointer. */
  public record Scope(
      Ms ms,
      io.aigonix.spec.MicroserviceSpec.HeadSpec head,
      Integer replicas,
      io.aigonix.spec.MicroserviceSpec.AutoscalingSpec autoscaling,
      String pointer) {}

  /** The microservice's own scope, then each environment override's, in the file's order. */
  public static List<Scope> scopes(Ms ms) {
    List<Scope> list = new ArrayList<>();
    list.add(
        new Scope(
            ms, ms.spec().head(), ms.spec().replicas(), ms.spec().autoscaling(), ms.pointer()));
    for (Map.Entry<String, OverrideSpec> o : overrides(ms)) {
      OverrideSpec override = o.getValue();
      if (override != null) {
        list.add(
            new Scope(
                ms,
                override.head(),
                override.replicas(),
                override.autoscaling(),
                overridePointer(ms, o.getKey())));
      }
    }
    return list;
  }

  /** The probes of a head by kind (liveness, readiness, startup), those written only. */
  public static java.util.Map<String, io.aigonix.spec.MicroserviceSpec.ProbeSpec> probes(
      io.aigonix.spec.MicroserviceSpec.HeadSpec head) {
    java.util.Map<String, io.aigonix.spec.MicroserviceSpec.ProbeSpec> probes =
        new java.util.LinkedHashMap<>();
    if (head != null && head.probes() != null) {
      putWritten(probes, "liveness", head.probes().liveness());
      putWritten(probes, "readiness", head.probes().readiness());
      putWritten(probes, "startup", head.probes().startup());
    }
    return probes;
  }

  private static void putWritten(
      Map<String, MicroserviceSpec.ProbeSpec> probes,
      String kind,
      MicroserviceSpec.ProbeSpec probe) {
    if (probe != null) {
      probes.put(kind, probe);
    }
  }

  public static List<Ms> allMicroservices(AigonixSpec spec) {
    List<Ms> list = new ArrayList<>();
    for (App app : applications(spec)) {
      list.addAll(microservices(app));
    }
    return list;
  }
}
