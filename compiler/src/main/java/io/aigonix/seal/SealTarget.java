package io.aigonix.seal;

import io.aigonix.model.Ids;
import io.aigonix.model.Names;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.ApplicationSpec;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.spec.SecretValueSpec;
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
  private static final Pattern SECRET_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  public SealTarget {
    path = List.copyOf(path);
  }

  /** A secretEnv value of microservice {@code ms} in environment {@code env}. */
  public static SealTarget secretEnv(
      AigonixSpec spec, String app, String env, String ms, String key) throws SealingException {
    if (!SECRET_KEY.matcher(key).matches()) {
      throw new SealingException(
          "--key '" + key + "' is not a valid Secret key (letters, digits, '-', '_', '.')");
    }
    int a = find("application", app, spec.applications(), ApplicationSpec::name, "the file");
    ApplicationSpec application = spec.applications().get(a);
    int e =
        find(
            "environment",
            env,
            application.environments(),
            EnvironmentSpec::name,
            "application " + application.name());
    EnvironmentSpec environment = application.environments().get(e);
    int m =
        find(
            "microservice",
            ms,
            application.microservices(),
            MicroserviceSpec::name,
            "application " + application.name());
    MicroserviceSpec microservice = application.microservices().get(m);
    Map<String, ?> deployedTo = microservice.environments();
    if (deployedTo != null
        && !deployedTo.isEmpty()
        && !deployedTo.containsKey(environment.name())) {
      throw new SealingException(
          "microservice "
              + microservice.name()
              + " is not deployed to environment "
              + environment.name()
              + " (its environments: "
              + String.join(", ", deployedTo.keySet())
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
              + microservice.name()
              + " in environment "
              + environment.name()
              + " is a secret-store reference, not a sealed value;"
              + " put the value into the store, or replace the reference before sealing");
    }
    String writtenKey = key;
    if (microservice.secretEnv() != null && !microservice.secretEnv().containsKey(key)) {
      for (String existing : microservice.secretEnv().keySet()) {
        if (existing.equalsIgnoreCase(key)) {
          throw new SealingException(
              "microservice "
                  + microservice.name()
                  + " has secretEnv key '"
                  + existing
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
        "secretEnv."
            + writtenKey
            + "."
            + environment.name()
            + " of microservice "
            + microservice.name(),
        certificate(spec, environment));
  }

  /**
   * The registry's dockerconfigjson of application {@code app}; {@code env} only picks the
   * certificate.
   */
  public static SealTarget registry(AigonixSpec spec, String app, Optional<String> env)
      throws SealingException {
    int a = find("application", app, spec.applications(), ApplicationSpec::name, "the file");
    ApplicationSpec application = spec.applications().get(a);
    if (application.registry() != null && application.registry().dockerConfigJson() != null) {
      throw SealingException.refused(
          "registry.dockerConfigJson of application "
              + application.name()
              + " is a secret-store reference, not a sealed value; put the value into the store");
    }
    Optional<String> cert = Optional.ofNullable(spec.sealing()).map(s -> s.certificate());
    if (env.isPresent()) {
      int e =
          find(
              "environment",
              env.get(),
              application.environments(),
              EnvironmentSpec::name,
              "application " + application.name());
      cert = certificate(spec, application.environments().get(e));
    }
    return new SealTarget(
        Names.namespace(Ids.application(spec, application)),
        Names.registrySecret(),
        List.of("applications", Integer.toString(a), "registry", "sealedDockerConfigJson"),
        "registry.sealedDockerConfigJson of application " + application.name(),
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
      String kind, String wanted, List<T> items, Function<T, String> name, String where)
      throws SealingException {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String n = name.apply(items.get(i));
      names.add(n);
      if (n != null && Names.object(n).equals(Names.object(wanted))) {
        return i;
      }
    }
    String known =
        names.isEmpty()
            ? "none"
            : names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    throw new SealingException(
        where + " has no " + kind + " '" + wanted + "' (it has: " + known + ")");
  }
}
