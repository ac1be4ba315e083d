package io.aigonix.seal;

import io.aigonix.model.Ids;
import io.aigonix.model.Names;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.ApplicationSpec;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.spec.SecretValueSpec;
import io.aigonix.validate.QuotableValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a value is sealed for, worked out from the file: the SealedSecret's namespace and name (from
 * {@link Ids} and {@link Names}, as the compiler derives them), where the value goes in the file,
 * and which certificate the file names (environment's {@code sealingCertificate}, else {@code
 * sealing.certificate}).
 *
 * @param path mapping keys / sequence indexes from the root to the value, as written in the file
 * @param what the value's place for messages, e.g. "secretEnv.DB_PASSWORD.Prod of microservice
 *     Orders"
 * @param certificate the certificate path as written in the file (relative to it), if any
 */
public record SealTarget(
    String namespace, String name, List<String> path, String what, Optional<String> certificate) {
  /** The index of application {@code app} in the file, or why there is none. */
  private static int application(AigonixSpec spec, Quoting quoting, String app)
      throws SealingException {
    return find(
        quoting,
        "/applications",
        "application",
        app,
        spec.applications(),
        ApplicationSpec::name,
        "the file");
  }

  private static final Pattern SECRET_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  public SealTarget {
    path = List.copyOf(path);
  }

  /**
   * How messages show the file's names and keys: as a diagnostic would ({@link QuotableValue}), so
   * a name an alias copied from where a secret is written is not listed.
   */
  public interface Quoting {
    /** Shows everything: for a spec that has no source. */
    Quoting ALL =
        new Quoting() {
          @Override
          public String value(String pointer, String value) {
            return value;
          }

          @Override
          public String key(String key) {
            return key;
          }
        };

    String value(String pointer, String value);

    String key(String key);

    static Quoting of(ParsedSource source) {
      return new Quoting() {
        @Override
        public String value(String pointer, String value) {
          return QuotableValue.shown(source, pointer, value);
        }

        @Override
        public String key(String key) {
          return QuotableValue.shownKey(source, key);
        }
      };
    }
  }

  /** A secretEnv value of microservice {@code ms} in environment {@code env}. */
  public static SealTarget secretEnv(
      AigonixSpec spec, String app, String env, String ms, String key) throws SealingException {
    return secretEnv(spec, Quoting.ALL, app, env, ms, key);
  }

  /** As above; messages show the file's names as {@code quoting} does. */
  public static SealTarget secretEnv(
      AigonixSpec spec, Quoting quoting, String app, String env, String ms, String key)
      throws SealingException {
    if (!SECRET_KEY.matcher(key).matches()) {
      throw new SealingException(
          "--key '" + key + "' is not a valid Secret key (letters, digits, '-', '_', '.')");
    }
    int a = application(spec, quoting, app);
    ApplicationSpec application = spec.applications().get(a);
    String at = "/applications/" + a;
    String appName = quoting.value(at + "/name", application.name());
    int e =
        find(
            quoting,
            at + "/environments",
            "environment",
            env,
            application.environments(),
            EnvironmentSpec::name,
            "application " + appName);
    EnvironmentSpec environment = application.environments().get(e);
    String envName = quoting.value(at + "/environments/" + e + "/name", environment.name());
    int m =
        find(
            quoting,
            at + "/microservices",
            "microservice",
            ms,
            application.microservices(),
            MicroserviceSpec::name,
            "application " + appName);
    MicroserviceSpec microservice = application.microservices().get(m);
    String msName = quoting.value(at + "/microservices/" + m + "/name", microservice.name());
    Map<String, ?> deployedTo = microservice.environments();
    if (deployedTo != null
        && !deployedTo.isEmpty()
        && !deployedTo.containsKey(environment.name())) {
      List<String> keys = new ArrayList<>();
      for (String k : deployedTo.keySet()) {
        keys.add(quoting.key(k));
      }
      throw new SealingException(
          "microservice "
              + msName
              + " is not deployed to environment "
              + envName
              + " (its environments: "
              + String.join(", ", keys)
              + ")");
    }
    SecretValueSpec current =
        microservice.secretEnv() == null || microservice.secretEnv().get(key) == null
            ? null
            : microservice.secretEnv().get(key).get(environment.name());
    if (current instanceof SecretValueSpec.Reference) {
      throw SealingException.refused(
          "secretEnv "
              + key
              + " of microservice "
              + msName
              + " in environment "
              + envName
              + " is a secret-store reference, not a sealed value;"
              + " put the value into the store, or replace the reference before sealing");
    }
    String writtenKey = key;
    if (microservice.secretEnv() != null && !microservice.secretEnv().containsKey(key)) {
      for (String existing : microservice.secretEnv().keySet()) {
        if (existing.equalsIgnoreCase(key)) {
          throw new SealingException(
              "microservice "
                  + msName
                  + " has secretEnv key '"
                  + quoting.key(existing)
                  + "', not '"
                  + key
                  + "'; keys are case-sensitive");
        }
      }
    }
    List<String> path =
        List.of(
            "applications",
            Integer.toString(a),
            "microservices",
            Integer.toString(m),
            "secretEnv",
            writtenKey,
            environment.name());
    return new SealTarget(
        Names.namespace(Ids.application(spec, application)),
        Names.secretEnvVariables(
            Names.object(environment.name(), environment.objectName()),
            Names.object(microservice.name(), microservice.objectName())),
        path,
        "secretEnv." + writtenKey + "." + envName + " of microservice " + msName,
        certificate(spec, environment));
  }

  /**
   * The registry's dockerconfigjson of application {@code app}; {@code env} only picks the
   * certificate.
   */
  public static SealTarget registry(AigonixSpec spec, String app, Optional<String> env)
      throws SealingException {
    return registry(spec, Quoting.ALL, app, env);
  }

  /** As above; messages show the file's names as {@code quoting} does. */
  public static SealTarget registry(
      AigonixSpec spec, Quoting quoting, String app, Optional<String> env) throws SealingException {
    int a = application(spec, quoting, app);
    ApplicationSpec application = spec.applications().get(a);
    String appName = quoting.value("/applications/" + a + "/name", application.name());
    if (application.registry() != null && application.registry().dockerConfigJson() != null) {
      throw SealingException.refused(
          "registry.dockerConfigJson of application "
              + appName
              + " is a secret-store reference, not a sealed value; put the value into the store");
    }
    Optional<String> cert = Optional.ofNullable(spec.sealing()).map(s -> s.certificate());
    if (env.isPresent()) {
      int e =
          find(
              quoting,
              "/applications/" + a + "/environments",
              "environment",
              env.get(),
              application.environments(),
              EnvironmentSpec::name,
              "application " + appName);
      cert = certificate(spec, application.environments().get(e));
    }
    return new SealTarget(
        Names.namespace(Ids.application(spec, application)),
        Names.registrySecret(),
        List.of("applications", Integer.toString(a), "registry", "sealedDockerConfigJson"),
        "registry.sealedDockerConfigJson of application " + appName,
        cert);
  }

  private static Optional<String> certificate(AigonixSpec spec, EnvironmentSpec environment) {
    if (environment.sealingCertificate() != null) {
      return Optional.of(environment.sealingCertificate());
    }
    return Optional.ofNullable(spec.sealing()).map(s -> s.certificate());
  }

  /**
   * Index of the item named {@code wanted} (names compare in object form, as they must be unique
   * so).
   */
  private static <T> int find(
      Quoting quoting,
      String list,
      String kind,
      String wanted,
      List<T> items,
      Function<T, String> name,
      String where)
      throws SealingException {
    for (int i = 0; i < items.size(); i++) {
      String n = name.apply(items.get(i));
      if (n != null && Names.object(n).equals(Names.object(wanted))) {
        return i;
      }
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String n = name.apply(items.get(i));
      names.add(n == null ? null : quoting.value(list + "/" + i + "/name", n));
    }
    String known =
        names.isEmpty()
            ? "none"
            : names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    throw new SealingException(
        where + " has no " + kind + " '" + wanted + "' (it has: " + known + ")");
  }
}
