package io.aigonix.model;

import static io.aigonix.model.Defaults.or;

import io.aigonix.model.Application.Registry;
import io.aigonix.model.Environment.Host;
import io.aigonix.model.Environment.IngressSettings;
import io.aigonix.model.Environment.Mongo;
import io.aigonix.model.Environment.Tenant;
import io.aigonix.model.Model.Customer;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.ApplicationSpec;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.spec.OverrideSpec;
import io.aigonix.spec.SecretStoreSpec;
import io.aigonix.spec.SecretStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Spec → model: derives ids ({@link Ids}, SPEC §1.3), applies the schema's defaults, merges each
 * microservice's overrides per environment ({@link io.aigonix.spec.Overrides}, shared with the
 * validator) and pairs event horizons ({@link EventHorizons}). Expects a spec the front end
 * accepted.
 */
public final class ModelBuilder {
  private final MicroserviceResolver microservices;

  public ModelBuilder(ConfigFileSource files) {
    this.microservices = new MicroserviceResolver(files);
  }

  public Model build(AigonixSpec spec) {
    String customerId = Ids.customer(spec.customer());
    Customer customer = new Customer(spec.customer().name(), customerId);
    List<Application> applications = new ArrayList<>();
    for (ApplicationSpec app : spec.applications()) {
      applications.add(application(customerId, app, spec.customer().securityProfile()));
    }
    return new Model(
        customer,
        new GitopsResolver().resolve(spec.gitops()),
        new EventHorizons(spec).pair(applications));
  }

  private Application application(String customerId, ApplicationSpec app, String customerProfile) {
    String appId = Ids.application(customerId, app);
    List<String> envNames = app.environments().stream().map(EnvironmentSpec::name).toList();
    List<Environment> environments = new ArrayList<>();
    for (EnvironmentSpec env : app.environments()) {
      List<Microservice> deployed = new ArrayList<>();
      boolean production = Defaults.production(env.production(), env.name());
      Optional<SecretStore> store = secretStore(SecretStores.effective(app, env));
      String keyPrefix = store.map(SecretStore::keyPrefix).orElse("");
      for (MicroserviceSpec ms : app.microservices()) {
        if (io.aigonix.spec.Overrides.deployedTo(ms, envNames).contains(env.name())) {
          deployed.add(
              microservices.resolve(appId, ms, env.name(), production, keyPrefix, agent(ms, env)));
        }
      }
      Optional<SecurityProfile> profile =
          Optional.ofNullable(or(env.securityProfile(), or(app.securityProfile(), customerProfile)))
              .map(SecurityProfile::of);
      environments.add(environment(env, production, profile, deployed, store));
    }
    Optional<SecretStore> appStore = secretStore(app.secretStore());
    Optional<Registry> registry =
        Optional.ofNullable(app.registry())
            .map(
                r ->
                    new Registry(
                        r.server(),
                        r.dockerConfigJson() != null
                            ? SecretValues.of(
                                r.dockerConfigJson(),
                                appStore.map(SecretStore::keyPrefix).orElse(""))
                            : new SecretValue.Sealed(r.sealedDockerConfigJson())));
    return new Application(
        app.name(),
        Names.object(app.name(), app.objectName()),
        appId,
        registry,
        environments,
        appStore);
  }

  private static Optional<SecretStore> secretStore(SecretStoreSpec s) {
    return Optional.ofNullable(s)
        .map(
            store ->
                new SecretStore(
                    store.name(),
                    or(store.kind(), Defaults.SECRET_STORE_KIND),
                    or(store.refreshInterval(), Defaults.SECRET_REFRESH_INTERVAL),
                    or(store.keyPrefix(), ""),
                    Boolean.TRUE.equals(store.rolloutOnRotation())));
  }

  private static Environment environment(
      EnvironmentSpec env,
      boolean production,
      Optional<SecurityProfile> profile,
      List<Microservice> deployed,
      Optional<SecretStore> store) {
    List<Tenant> tenants = new ArrayList<>();
    if (env.tenants() == null) {
      tenants.add(new Tenant(Defaults.DEVELOPMENT_TENANT, List.of()));
    } else {
      for (EnvironmentSpec.TenantSpec t : env.tenants()) {
        List<Host> hosts =
            t.hosts().stream()
                .map(h -> new Host(h.host(), or(h.secretName(), Names.tlsSecret(h.host()))))
                .toList();
        tenants.add(new Tenant(lower(t.id()), hosts));
      }
    }
    EnvironmentSpec.IngressSpec ingress = env.ingress();
    IngressSettings ingressSettings =
        new IngressSettings(
            or(ingress == null ? null : ingress.className(), Defaults.INGRESS_CLASS),
            or(ingress == null ? null : ingress.clusterIssuer(), Defaults.CLUSTER_ISSUER));
    EnvironmentSpec.MongoSpec mongo = env.mongo();
    Mongo mongoSettings =
        new Mongo(
            or(mongo == null ? null : mongo.image(), Defaults.MONGO_IMAGE),
            or(mongo == null ? null : mongo.storage(), Defaults.MONGO_STORAGE),
            Optional.ofNullable(mongo == null ? null : mongo.storageClass()));
    Optional<Environment.Edge> edge =
        Optional.ofNullable(env.edge())
            .map(e -> new Environment.Edge(e.agents(), or(e.registry(), Defaults.EDGE_REGISTRY)));
    return new Environment(
        env.name(),
        Names.object(env.name(), env.objectName()),
        production,
        tenants,
        ingressSettings,
        mongoSettings,
        profile,
        Optional.ofNullable(env.cluster()),
        deployed,
        store,
        edge);
  }

  /**
   * SPEC §9: the Agent a microservice runs on in an edge environment: its override's, else the only
   * one.
   */
  private static Optional<String> agent(MicroserviceSpec ms, EnvironmentSpec env) {
    if (!env.isEdge()) {
      return Optional.empty();
    }
    OverrideSpec o = ms.environments() == null ? null : ms.environments().get(env.name());
    if (o != null && o.agent() != null) {
      return Optional.of(o.agent());
    }
    return env.edge().agents().stream().findFirst();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
