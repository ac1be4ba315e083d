package io.aigonix.generate;

import io.aigonix.layout.Folder;
import io.aigonix.model.Application;
import io.aigonix.model.Environment;
import io.aigonix.model.Model;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every generator, written out in one place (no scanning), and where their objects go.
 *
 * <p>The objects a pod's config checksum covers (the application's registry secret, the
 * environment's tenants, the microservice's ConfigMaps and secret) are built once and handed to the
 * checksum, not rebuilt for it; each object is converted to its canonical tree once, when it is
 * placed. Microservices are generated in parallel (a parallel stream on the common pool, so bounded
 * by the cores); generators are pure and the results are collected in input order, so the output
 * does not depend on scheduling. An edge environment (SPEC §9) gets no Kubernetes objects, only the
 * ioFog files of {@link EdgeGenerator}.
 *
 * <p>The caller's {@code finish} turns each placed object into what it keeps (the renderer: the
 * file's bytes) on the worker that built it, so the fabric8 objects and their trees of one
 * microservice are garbage as soon as it is done, instead of all of them living until the end (they
 * are most of the heap of a big compile).
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
  private final FluxKustomizationGenerator flux = new FluxKustomizationGenerator();
  private final ArgoApplicationGenerator argocd = new ArgoApplicationGenerator();
  private final EdgeGenerator edge = new EdgeGenerator();
  private final Canonical canonical = new Canonical();
  private final ConfigChecksum checksum = new ConfigChecksum(canonical);

  public Generators(RuntimeTemplates templates) {
    environment =
        List.of(
            new EnvironmentNetworkPolicyGenerator(),
            new MongoServiceGenerator(),
            new MongoStatefulSetGenerator());
    microserviceConfig =
        List.of(
            new DolittleConfigMapGenerator(new RuntimeConfig(templates)),
            new EnvVariablesConfigMapGenerator(),
            new ConfigFilesConfigMapGenerator(),
            new SecretEnvGenerator());
    microservice =
        List.of(
            new ServiceGenerator(),
            new PodDisruptionBudgetGenerator(),
            new HorizontalPodAutoscalerGenerator(),
            new IngressGenerator(),
            new IngressNetworkPolicyGenerator(),
            new EventHorizonNetworkPolicyGenerator());
  }

  public <T> Generated<T> generate(Model model, Function<Placed, T> finish) {
    return generate(model, finish, Reuse.none());
  }

  /**
   * The same, asking {@code reuse} before each microservice of a Kubernetes environment whether its
   * objects of an earlier compile can stand instead of being generated.
   */
  public <T> Generated<T> generate(Model model, Function<Placed, T> finish, Reuse<T> reuse) {
    List<T> placed = new ArrayList<>();
    List<EdgeFile> edgeFiles = new ArrayList<>();
    for (Application app : model.applications()) {
      AppContext a = new AppContext(model, app);
      Folder appFolder = Folder.of(app);
      List<Placed> appConfig = place(appFolder, registry.generate(a));
      placed.addAll(finish(place(appFolder, namespace.generate(a)), finish));
      placed.addAll(finish(appConfig, finish));
      byte[] appConfigBytes = checksum.bytes(appConfig);
      for (Environment env : app.environments()) {
        Folder.OfEnvironment envFolder = Folder.of(app, env);
        EnvContext e = new EnvContext(model, app, env);
        if (envFolder instanceof Folder.Edge edgeFolder) {
          edgeFiles.addAll(edge.generate(e, edgeFolder));
          continue;
        }
        List<Placed> envConfig = place(envFolder, tenants.generate(e));
        placed.addAll(finish(envConfig, finish));
        environment.forEach(g -> placed.addAll(finish(place(envFolder, g.generate(e)), finish)));
        byte[] envConfigBytes = checksum.bytes(envConfig);
        env.microservices().parallelStream()
            .map(
                ms -> {
                  MsContext m = new MsContext(model, app, env, ms);
                  List<T> earlier = reuse.earlier(m);
                  if (earlier != null) {
                    return earlier;
                  }
                  List<T> objects =
                      finish(microservice(m, envFolder, envConfigBytes, appConfigBytes), finish);
                  reuse.generated(m, objects);
                  return objects;
                })
            .forEachOrdered(placed::addAll);
      }
    }
    flux.generate(model)
        .forEach((folder, objects) -> placed.addAll(finish(place(folder, objects), finish)));
    argocd
        .generate(model)
        .forEach((folder, objects) -> placed.addAll(finish(place(folder, objects), finish)));
    return new Generated<>(placed, edgeFiles);
  }

  private static <T> List<T> finish(List<Placed> placed, Function<Placed, T> finish) {
    List<T> finished = new ArrayList<>(placed.size());
    placed.forEach(p -> finished.add(finish.apply(p)));
    return finished;
  }

  /** One microservice's objects: its config first (hashed into the Deployment), then the rest. */
  private List<Placed> microservice(
      MsContext m, Folder folder, byte[] envConfig, byte[] appConfig) {
    List<Placed> config = new ArrayList<>();
    microserviceConfig.forEach(g -> config.addAll(place(folder, g.generate(m))));
    List<Placed> objects = new ArrayList<>(config);
    objects.addAll(
        place(folder, deployment.generate(m, checksum.of(envConfig, config, appConfig))));
    microservice.forEach(g -> objects.addAll(place(folder, g.generate(m))));
    return objects;
  }

  private List<Placed> place(Folder folder, List<HasMetadata> objects) {
    List<Placed> placed = new ArrayList<>(objects.size());
    objects.forEach(o -> placed.add(new Placed(folder, o, canonical.tree(o))));
    return placed;
  }
}
