package io.aigonix.generate;

import io.aigonix.model.Microservice;
import io.aigonix.model.Microservice.Probe;
import io.aigonix.model.Names;
import io.aigonix.model.SecretStore;
import io.aigonix.model.SecretValue;
import io.fabric8.kubernetes.api.model.ConfigMapEnvSource;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretEnvSource;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code <env>-<ms>} (SPEC §2.2): containers {@code head} and {@code runtime} (tools find them by
 * these names), the platform's mounts plus {@code clients.json} (head) and {@code metrics.json}
 * (runtime), security defaults, probes, and the config checksum. A native sidecar runtime is an
 * init container with {@code restartPolicy: Always}. Built from the model classes directly, not
 * with fabric8's builders: a builder copies every object handed to it (a Volume copies its thirty
 * sources), and the Deployment is the biggest object of every microservice.
 */
final class DeploymentGenerator {
  private static final String TENANTS = "tenants-config";
  private static final String DOLITTLE = "dolittle-config";
  private static final String CONFIG_FILES = "config-files";
  static final String RELOAD = "secret.reloader.stakater.com/reload";

  /**
   * Not a plain {@link Generator}: the caller computes the config checksum from the objects it
   * built.
   */
  List<HasMetadata> generate(MsContext c, String configChecksum) {
    Microservice ms = c.ms();
    SortedMap<String, String> podAnnotations = Labels.annotations(c);
    podAnnotations.put(ConfigChecksum.ANNOTATION, configChecksum);
    List<Container> containers = new ArrayList<>();
    List<Container> initContainers = new ArrayList<>();
    containers.add(head(c));
    ms.runtime()
        .ifPresent(r -> (r.nativeSidecar() ? initContainers : containers).add(runtime(c, r)));
    List<LocalObjectReference> pullSecrets =
        c.app().registry().isPresent()
            ? List.of(new LocalObjectReference(Names.registrySecret()))
            : List.of();
    PodSpec pod = new PodSpec();
    pod.setServiceAccountName(ms.serviceAccountName().orElse(null));
    pod.setSecurityContext(PodSecurity.pod(c.env()).orElse(null));
    pod.setImagePullSecrets(pullSecrets);
    pod.setInitContainers(initContainers);
    pod.setContainers(containers);
    pod.setVolumes(volumes(c));
    ObjectMeta podMeta = new ObjectMeta();
    podMeta.setLabels(Labels.of(c));
    podMeta.setAnnotations(podAnnotations);
    DeploymentSpec spec = new DeploymentSpec();
    spec.setReplicas(ms.autoscaling().isPresent() ? null : ms.replicas());
    LabelSelector selector = new LabelSelector();
    selector.setMatchLabels(Labels.of(c));
    spec.setSelector(selector);
    spec.setTemplate(new PodTemplateSpec(podMeta, pod));
    Deployment deployment = new Deployment();
    deployment.setMetadata(metadata(c));
    deployment.setSpec(spec);
    return List.of(deployment);
  }

  /**
   * The Deployment's metadata; with {@code rolloutOnRotation} and store references, the Stakater
   * Reloader annotation, so a value rotated in the store rolls the pods (the config checksum cannot
   * see values).
   */
  private static ObjectMeta metadata(MsContext c) {
    SortedMap<String, String> annotations = Labels.annotations(c);
    boolean references =
        c.ms().secretEnv().values().stream().anyMatch(v -> v instanceof SecretValue.Reference);
    if (references && c.env().secretStore().map(SecretStore::rolloutOnRotation).orElse(false)) {
      annotations.put(RELOAD, Names.secretEnvVariables(c.env().objectName(), c.ms().objectName()));
    }
    return Meta.of(c.name(), c.namespace(), Labels.of(c), annotations);
  }

  private static Container head(MsContext c) {
    Microservice ms = c.ms();
    List<EnvFromSource> envFrom = new ArrayList<>();
    EnvFromSource variables = new EnvFromSource();
    variables.setConfigMapRef(
        new ConfigMapEnvSource(
            Names.envVariablesConfigMap(c.env().objectName(), ms.objectName()), null));
    envFrom.add(variables);
    if (!ms.secretEnv().isEmpty()) {
      EnvFromSource secret = new EnvFromSource();
      secret.setSecretRef(
          new SecretEnvSource(
              Names.secretEnvVariables(c.env().objectName(), ms.objectName()), null));
      envFrom.add(secret);
    }
    List<VolumeMount> mounts = new ArrayList<>();
    mounts.add(mount(TENANTS, "/app/.dolittle/tenants.json", "tenants.json"));
    for (String file : List.of("resources.json", "event-horizons.json", "clients.json")) {
      mounts.add(mount(DOLITTLE, "/app/.dolittle/" + file, file));
    }
    VolumeMount data = new VolumeMount();
    data.setName(CONFIG_FILES);
    data.setMountPath("/app/data");
    mounts.add(data);
    Container head = new Container();
    head.setName("head");
    head.setImage(ms.head().image());
    head.setCommand(ms.head().command());
    head.setArgs(ms.head().args());
    head.setPorts(List.of(port("http", ms.head().port())));
    head.setEnvFrom(envFrom);
    head.setResources(resources(ms.resources()));
    head.setVolumeMounts(mounts);
    head.setSecurityContext(PodSecurity.container(c.env()));
    ms.head().liveness().ifPresent(p -> head.setLivenessProbe(probe(p)));
    ms.head().readiness().ifPresent(p -> head.setReadinessProbe(probe(p)));
    ms.head().startup().ifPresent(p -> head.setStartupProbe(probe(p)));
    return head;
  }

  private static Container runtime(MsContext c, Microservice.Runtime runtime) {
    List<VolumeMount> mounts = new ArrayList<>();
    mounts.add(mount(TENANTS, "/app/.dolittle/tenants.json", "tenants.json"));
    for (String file :
        List.of(
            "resources.json",
            "endpoints.json",
            "event-horizon-consents.json",
            "microservices.json",
            "platform.json",
            "metrics.json")) {
      mounts.add(mount(DOLITTLE, "/app/.dolittle/" + file, file));
    }
    mounts.add(mount(DOLITTLE, "/app/appsettings.json", "appsettings.json"));
    Container container = new Container();
    container.setName("runtime");
    container.setImage(runtime.image());
    container.setRestartPolicy(runtime.nativeSidecar() ? "Always" : null);
    container.setPorts(
        List.of(port("runtime", Ports.RUNTIME), port("runtime-metrics", Ports.RUNTIME_METRICS)));
    container.setResources(resources(runtime.resources()));
    container.setVolumeMounts(mounts);
    container.setSecurityContext(PodSecurity.container(c.env()));
    return container;
  }

  private static ContainerPort port(String name, int number) {
    ContainerPort port = new ContainerPort();
    port.setName(name);
    port.setContainerPort(number);
    port.setProtocol("TCP");
    return port;
  }

  private static List<Volume> volumes(MsContext c) {
    return List.of(
        volume(TENANTS, Names.tenantsConfigMap(c.env().objectName())),
        volume(DOLITTLE, Names.dolittleConfigMap(c.env().objectName(), c.ms().objectName())),
        volume(
            CONFIG_FILES, Names.configFilesConfigMap(c.env().objectName(), c.ms().objectName())));
  }

  private static Volume volume(String name, String configMap) {
    ConfigMapVolumeSource source = new ConfigMapVolumeSource();
    source.setName(configMap);
    Volume volume = new Volume();
    volume.setName(name);
    volume.setConfigMap(source);
    return volume;
  }

  private static VolumeMount mount(String volume, String path, String subPath) {
    VolumeMount mount = new VolumeMount();
    mount.setName(volume);
    mount.setMountPath(path);
    mount.setSubPath(subPath);
    return mount;
  }

  private static ResourceRequirements resources(Microservice.Resources r) {
    ResourceRequirements resources = new ResourceRequirements();
    resources.setRequests(quantities(r.requestsCpu(), r.requestsMemory()));
    resources.setLimits(quantities(r.limitsCpu(), r.limitsMemory()));
    return resources;
  }

  private static Map<String, Quantity> quantities(String cpu, String memory) {
    TreeMap<String, Quantity> q = new TreeMap<>();
    q.put("cpu", new Quantity(cpu));
    q.put("memory", new Quantity(memory));
    return q;
  }

  /**
   * The probe's one handler (httpGet, tcpSocket or exec; the validator saw to one) and its timings.
   */
  private static io.fabric8.kubernetes.api.model.Probe probe(Probe p) {
    IntOrString port = p.port().map(IntOrString::new).orElse(new IntOrString("http"));
    ProbeBuilder b = new ProbeBuilder();
    if (p.path().isPresent()) {
      b.withNewHttpGet().withPath(p.path().get()).withPort(port).endHttpGet();
    } else if (p.tcp()) {
      b.withNewTcpSocket().withPort(port).endTcpSocket();
    } else {
      b.withNewExec().withCommand(p.exec()).endExec();
    }
    p.initialDelaySeconds().ifPresent(b::withInitialDelaySeconds);
    p.periodSeconds().ifPresent(b::withPeriodSeconds);
    p.timeoutSeconds().ifPresent(b::withTimeoutSeconds);
    p.failureThreshold().ifPresent(b::withFailureThreshold);
    return b.build();
  }
}
