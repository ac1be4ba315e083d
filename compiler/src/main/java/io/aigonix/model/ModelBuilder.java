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
import io.aigonix.spec.GitopsSpec;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.spec.OverrideSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Spec → model: derives ids ({@link Ids}, SPEC §1.3), applies the schema's defaults, merges each microservice's
 * overrides per environment ({@link io.aigonix.spec.Overrides}, shared with the validator) and pairs
 * event horizons ({@link EventHorizons}). Expects a spec the front end accepted.
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
      applications.add(application(customerId, app));
    }
    return new Model(customer, gitops(spec.gitops()), new EventHorizons(spec).pair(applications));
  }

  private Application application(String customerId, ApplicationSpec app) {
    String appId = Ids.application(customerId, app);
    List<String> envNames = app.environments().stream().map(EnvironmentSpec::name).toList();
    List<Environment> environments = new ArrayList<>();
    for (EnvironmentSpec env : app.environments()) {
      List<Microservice> deployed = new ArrayList<>();
      boolean production = Defaults.production(env.production(), env.name());
      for (MicroserviceSpec ms : app.microservices()) {
        if (io.aigonix.spec.Overrides.deployedTo(ms, envNames).contains(env.name())) {
          deployed.add(microservices.resolve(appId, ms, env.name(), production, agent(ms, env)));
        }
      }
      environments.add(environment(env, production, deployed));
    }
    Optional<Registry> registry = Optional.ofNullable(app.registry())
        .map(r -> new Registry(r.server(), r.sealedDockerConfigJson()));
    return new Application(app.name(), appId, registry, environments);
  }

  private static Environment environment(EnvironmentSpec env, boolean production, List<Microservice> deployed) {
    List<Tenant> tenants = new ArrayList<>();
    if (env.tenants() == null) {
      tenants.add(new Tenant(Defaults.DEVELOPMENT_TENANT, List.of()));
    } else {
      for (EnvironmentSpec.TenantSpec t : env.tenants()) {
        List<Host> hosts = t.hosts().stream()
            .map(h -> new Host(h.host(), or(h.secretName(), Names.tlsSecret(h.host()))))
            .toList();
        tenants.add(new Tenant(lower(t.id()), hosts));
      }
    }
    EnvironmentSpec.IngressSpec ingress = env.ingress();
    IngressSettings ingressSettings = new IngressSettings(
        or(ingress == null ? null : ingress.className(), Defaults.INGRESS_CLASS),
        or(ingress == null ? null : ingress.clusterIssuer(), Defaults.CLUSTER_ISSUER));
    EnvironmentSpec.MongoSpec mongo = env.mongo();
    Mongo mongoSettings = new Mongo(
        or(mongo == null ? null : mongo.image(), Defaults.MONGO_IMAGE),
        or(mongo == null ? null : mongo.storage(), Defaults.MONGO_STORAGE),
        Optional.ofNullable(mongo == null ? null : mongo.storageClass()));
    Optional<Environment.Edge> edge = Optional.ofNullable(env.edge())
        .map(e -> new Environment.Edge(e.agents(), or(e.registry(), Defaults.EDGE_REGISTRY)));
    return new Environment(env.name(), production, tenants, ingressSettings, mongoSettings, deployed, edge);
  }

  /** SPEC §9: the Agent a microservice runs on in an edge environment: its override's, else the only one. */
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

  private static Gitops gitops(GitopsSpec g) {
    if (g == null) {
      return new Gitops(Defaults.GITOPS_PATH, Optional.empty(), Optional.empty());
    }
    Optional<Gitops.Flux> flux = Optional.ofNullable(g.flux())
        .filter(f -> Boolean.TRUE.equals(f.enabled()))
        .map(f -> new Gitops.Flux(
            or(f.interval(), Defaults.FLUX_INTERVAL),
            or(f.sourceRef() == null ? null : f.sourceRef().kind(), Defaults.FLUX_SOURCE_KIND),
            or(f.sourceRef() == null ? null : f.sourceRef().name(), Defaults.FLUX_SOURCE_NAME),
            or(f.sourceRef() == null ? null : f.sourceRef().namespace(), Defaults.FLUX_SOURCE_NAMESPACE)));
    Optional<Gitops.ArgoCd> argocd = Optional.ofNullable(g.argocd())
        .filter(a -> Boolean.TRUE.equals(a.enabled()))
        .map(a -> new Gitops.ArgoCd(
            or(a.project(), Defaults.ARGOCD_PROJECT),
            or(a.repoURL(), ""),
            or(a.targetRevision(), Defaults.ARGOCD_TARGET_REVISION),
            or(a.namespace(), Defaults.ARGOCD_NAMESPACE),
            or(a.destinationServer(), Defaults.ARGOCD_DESTINATION)));
    return new Gitops(or(g.path(), Defaults.GITOPS_PATH), flux, argocd);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
