package io.aigonix.generate;

import io.aigonix.model.Application;
import io.aigonix.model.Environment;
import io.aigonix.model.Microservice;
import io.aigonix.model.Model;
import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Every generator, written out in one place (no scanning), and where their objects go.
 *
 * <p>The objects a pod's config checksum covers (the application's registry secret, the environment's
 * tenants, the microservice's ConfigMaps and secret) are built once and handed to the checksum, not
 * rebuilt for it. Microservices are generated in parallel (a parallel stream on the common pool, so
 * bounded by the cores); generators are pure and the results are collected in input order, so the
 * output does not depend on scheduling.
 */
public final class Generators {
  private final Generator<AppContext> namespace = new NamespaceGenerator();
  private final Generator<AppContext> registry = new RegistrySecretGenerator();
  private final Generator<EnvContext> tenants = new TenantsConfigMapGenerator();
  private final List<Generator<EnvContext>> environment;
  /** The microservice's objects the checksum covers, in checksum order. */
  private final List<Generator<MsContext>> microserviceConfig;
  private final DeploymentGenerator deployment = new DeploymentGenerator();
  private final List<Generator<MsContext>> microservice;
  private final List<Generator<Model>> flux = List.of(new FluxKustomizationGenerator());
  private final List<Generator<Model>> argocd = List.of(new ArgoApplicationGenerator());
  private final ConfigChecksum checksum = new ConfigChecksum(new Canonical());

  public Generators(RuntimeTemplates templates) {
    environment = List.of(new EnvironmentNetworkPolicyGenerator(), new MongoServiceGenerator(),
        new MongoStatefulSetGenerator());
    microserviceConfig = List.of(new DolittleConfigMapGenerator(new RuntimeConfig(templates)),
        new EnvVariablesConfigMapGenerator(), new ConfigFilesConfigMapGenerator(), new SecretEnvGenerator());
    microservice = List.of(new ServiceGenerator(), new PodDisruptionBudgetGenerator(), new IngressGenerator(),
        new IngressNetworkPolicyGenerator());
  }

  public List<Placed> generate(Model model) {
    List<Placed> placed = new ArrayList<>();
    for (Application app : model.applications()) {
      AppContext a = new AppContext(model, app);
      Folder appFolder = Folder.application(Names.object(app.name()));
      List<HasMetadata> appConfig = registry.generate(a);
      add(placed, appFolder, namespace.generate(a));
      add(placed, appFolder, appConfig);
      byte[] appConfigBytes = checksum.bytes(appConfig);
      for (Environment env : app.environments()) {
        Folder envFolder = Folder.environment(Names.object(app.name()), Names.object(env.name()));
        EnvContext e = new EnvContext(model, app, env);
        List<HasMetadata> envConfig = tenants.generate(e);
        add(placed, envFolder, envConfig);
        environment.forEach(g -> add(placed, envFolder, g.generate(e)));
        byte[] envConfigBytes = checksum.bytes(envConfig);
        env.microservices().parallelStream()
            .map(ms -> microservice(new MsContext(model, app, env, ms), envConfigBytes, appConfigBytes))
            .forEachOrdered(objects -> add(placed, envFolder, objects));
      }
    }
    flux.forEach(g -> add(placed, Folder.gitops("flux"), g.generate(model)));
    argocd.forEach(g -> add(placed, Folder.gitops("argocd"), g.generate(model)));
    return placed;
  }

  /** One microservice's objects: its config first (hashed into the Deployment), then the rest. */
  private List<HasMetadata> microservice(MsContext m, byte[] envConfig, byte[] appConfig) {
    List<HasMetadata> config = new ArrayList<>();
    microserviceConfig.forEach(g -> config.addAll(g.generate(m)));
    List<HasMetadata> objects = new ArrayList<>(config);
    objects.addAll(deployment.generate(m, checksum.of(envConfig, config, appConfig)));
    microservice.forEach(g -> objects.addAll(g.generate(m)));
    return objects;
  }

  private static void add(List<Placed> placed, Folder folder, List<HasMetadata> objects) {
    objects.forEach(o -> placed.add(new Placed(folder, o)));
  }
}
