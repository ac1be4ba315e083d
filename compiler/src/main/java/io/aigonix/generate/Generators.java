package io.aigonix.generate;

import io.aigonix.model.Application;
import io.aigonix.model.Environment;
import io.aigonix.model.Microservice;
import io.aigonix.model.Model;
import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/** Every generator, written out in one place (no scanning), and where their objects go. */
public final class Generators {
  private final List<Generator<AppContext>> application;
  private final List<Generator<EnvContext>> environment;
  private final List<Generator<MsContext>> microservice;
  private final List<Generator<Model>> flux = List.of(new FluxKustomizationGenerator());
  private final List<Generator<Model>> argocd = List.of(new ArgoApplicationGenerator());

  public Generators(RuntimeTemplates templates) {
    Generator<AppContext> registry = new RegistrySecretGenerator();
    Generator<EnvContext> tenants = new TenantsConfigMapGenerator();
    Generator<MsContext> dolittle = new DolittleConfigMapGenerator(new RuntimeConfig(templates));
    Generator<MsContext> env = new EnvVariablesConfigMapGenerator();
    Generator<MsContext> files = new ConfigFilesConfigMapGenerator();
    Generator<MsContext> secret = new SecretEnvGenerator();
    ConfigChecksum checksum = new ConfigChecksum(new Canonical(), List.of(registry), List.of(tenants),
        List.of(dolittle, env, files, secret));
    application = List.of(new NamespaceGenerator(), registry);
    environment = List.of(tenants, new EnvironmentNetworkPolicyGenerator(), new MongoServiceGenerator(),
        new MongoStatefulSetGenerator());
    microservice = List.of(dolittle, env, files, secret, new ServiceGenerator(),
        new DeploymentGenerator(checksum), new PodDisruptionBudgetGenerator(), new IngressGenerator(),
        new IngressNetworkPolicyGenerator(), new EventHorizonNetworkPolicyGenerator());
  }

  public List<Placed> generate(Model model) {
    List<Placed> placed = new ArrayList<>();
    for (Application app : model.applications()) {
      AppContext a = new AppContext(model, app);
      Folder appFolder = Folder.application(Names.object(app.name()));
      application.forEach(g -> g.generate(a).forEach(o -> placed.add(new Placed(appFolder, o))));
      for (Environment env : app.environments()) {
        Folder envFolder = Folder.environment(Names.object(app.name()), Names.object(env.name()));
        EnvContext e = new EnvContext(model, app, env);
        environment.forEach(g -> add(placed, envFolder, g.generate(e)));
        for (Microservice ms : env.microservices()) {
          MsContext m = new MsContext(model, app, env, ms);
          microservice.forEach(g -> add(placed, envFolder, g.generate(m)));
        }
      }
    }
    flux.forEach(g -> add(placed, Folder.gitops("flux"), g.generate(model)));
    argocd.forEach(g -> add(placed, Folder.gitops("argocd"), g.generate(model)));
    return placed;
  }

  private static void add(List<Placed> placed, Folder folder, List<HasMetadata> objects) {
    objects.forEach(o -> placed.add(new Placed(folder, o)));
  }
}
