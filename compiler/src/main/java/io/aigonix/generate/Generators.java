package io.aigonix.generate;

import io.aigonix.layout.Folder;
import io.aigonix.model.Application;
import io.aigonix.model.Environment;
import io.aigonix.model.Microservice;
import io.aigonix.model.Model;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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
    List<Job> jobs = new ArrayList<>();
    List<EdgeFile> edgeFiles = new ArrayList<>();
    for (Application app : model.applications()) {
      AppContext a = new AppContext(model, app);
      Folder appFolder = Folder.of(app);
      placed.addAll(shared(appFolder, namespace.generate(a), finish, reuse));
      ConfigBytes appConfig = sharedConfig(appFolder, registry.generate(a), finish, reuse, placed);
      for (Environment env : app.environments()) {
        Folder.OfEnvironment envFolder = Folder.of(app, env);
        EnvContext e = new EnvContext(model, app, env);
        if (envFolder instanceof Folder.Edge edgeFolder) {
          edgeFiles.addAll(edge.generate(e, edgeFolder));
          continue;
        }
        ConfigBytes envConfig = sharedConfig(envFolder, tenants.generate(e), finish, reuse, placed);
        environment.forEach(g -> placed.addAll(shared(envFolder, g.generate(e), finish, reuse)));
        for (Microservice ms : env.microservices()) {
          jobs.add(new Job(new MsContext(model, app, env, ms), envFolder, envConfig, appConfig));
        }
      }
    }
    jobs.parallelStream()
        .map(
            job -> {
              List<T> earlier = reuse.earlier(job.m());
              if (earlier != null) {
                return earlier;
              }
              List<T> objects =
                  finish(
                      microservice(
                          job.m(), job.folder(), job.envConfig().get(), job.appConfig().get()),
                      finish);
              reuse.generated(job.m(), objects);
              return objects;
            })
        .forEachOrdered(placed::addAll);
    flux.generate(model)
        .forEach((folder, objects) -> placed.addAll(shared(folder, objects, finish, reuse)));
    argocd
        .generate(model)
        .forEach((folder, objects) -> placed.addAll(shared(folder, objects, finish, reuse)));
    return new Generated<>(placed, edgeFiles);
  }

  /**
   * Objects of the application, environment or GitOps scope, each as {@code reuse} kept it from an
   * earlier compile or else converted and finished: they depend on the model but on none of its
   * microservices, so a recompile after a microservice's change converts none of them.
   */
  private <T> List<T> shared(
      Folder folder, List<HasMetadata> objects, Function<Placed, T> finish, Reuse<T> reuse) {
    List<T> finished = new ArrayList<>(objects.size());
    for (HasMetadata object : objects) {
      T kept = reuse.earlierShared(folder, object);
      finished.add(
          kept != null
              ? kept
              : finishShared(new Placed(folder, object, canonical.tree(object)), finish, reuse));
    }
    return finished;
  }

  private static <T> T finishShared(Placed object, Function<Placed, T> finish, Reuse<T> reuse) {
    T finished = finish.apply(object);
    reuse.generatedShared(object.folder(), finished);
    return finished;
  }

  /**
   * Shared objects a pod's config checksum covers (the application's registry secret, the
   * environment's tenants), placed like {@link #shared}, and their hashed form: from the trees
   * converted to write them, or, when an earlier compile's files were kept, converted when a
   * microservice is first generated (never, when none is).
   */
  private <T> ConfigBytes sharedConfig(
      Folder folder,
      List<HasMetadata> objects,
      Function<Placed, T> finish,
      Reuse<T> reuse,
      List<T> placed) {
    List<Placed> converted = new ArrayList<>(objects.size());
    for (HasMetadata object : objects) {
      T kept = reuse.earlierShared(folder, object);
      if (kept != null) {
        placed.add(kept);
      } else {
        Placed p = new Placed(folder, object, canonical.tree(object));
        converted.add(p);
        placed.add(finishShared(p, finish, reuse));
      }
    }
    return converted.size() == objects.size()
        ? new ConfigBytes(checksum.bytes(converted))
        : new ConfigBytes(() -> checksum.bytes(place(folder, objects)));
  }

  /**
   * One microservice of one environment to generate, with its folder and the hashed shared config
   * its checksum covers. All of them go in one parallel stream, not one per environment: a
   * recompile generates a few and only checks the rest, and a stream per environment made each
   * environment wait for its slowest one.
   */
  private record Job(MsContext m, Folder folder, ConfigBytes envConfig, ConfigBytes appConfig) {}

  /** The hashed form of shared config objects, made at most once, by whichever worker needs it. */
  private static final class ConfigBytes {
    private Supplier<byte[]> make;
    private byte[] bytes;

    ConfigBytes(byte[] bytes) {
      this.bytes = bytes;
    }

    ConfigBytes(Supplier<byte[]> make) {
      this.make = make;
    }

    synchronized byte[] get() {
      if (bytes == null) {
        bytes = make.get();
        make = null;
      }
      return bytes;
    }
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
