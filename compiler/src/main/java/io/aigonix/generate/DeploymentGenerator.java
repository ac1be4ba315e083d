package io.aigonix.generate;

import io.aigonix.model.Microservice;
import io.aigonix.model.Microservice.Probe;
import io.aigonix.model.Names;
import io.aigonix.model.SecretStore;
import io.aigonix.model.SecretValue;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code <env>-<ms>} (SPEC §2.2): containers {@code head} and {@code runtime} (tools find them by
 * these names), the platform's mounts plus {@code clients.json} (head) and {@code metrics.json}
 * (runtime), security defaults, probes, and the config checksum. A native sidecar runtime is an
 * init container with {@code restartPolicy: Always}.
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
    return List.of(
        new DeploymentBuilder()
            .withMetadata(metadata(c))
            .withNewSpec()
            .withReplicas(ms.autoscaling().isPresent() ? null : ms.replicas())
            .withNewSelector()
            .withMatchLabels(Labels.of(c))
            .endSelector()
            .withNewTemplate()
            .withNewMetadata()
            .withLabels(Labels.of(c))
            .withAnnotations(podAnnotations)
            .endMetadata()
            .withNewSpec()
            .withServiceAccountName(ms.serviceAccountName().orElse(null))
            .withSecurityContext(PodSecurity.pod(c.env()).orElse(null))
            .withImagePullSecrets(pullSecrets)
            .withInitContainers(initContainers)
            .withContainers(containers)
            .withVolumes(volumes(c))
            .endSpec()
            .endTemplate()
            .endSpec()
            .build());
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
    envFrom.add(
        new EnvFromSourceBuilder()
            .withNewConfigMapRef()
            .withName(Names.envVariablesConfigMap(c.env().objectName(), ms.objectName()))
            .endConfigMapRef()
            .build());
    if (!ms.secretEnv().isEmpty()) {
      envFrom.add(
          new EnvFromSourceBuilder()
              .withNewSecretRef()
              .withName(Names.secretEnvVariables(c.env().objectName(), ms.objectName()))
              .endSecretRef()
              .build());
    }
    List<VolumeMount> mounts = new ArrayList<>();
    mounts.add(mount(TENANTS, "/app/.dolittle/tenants.json", "tenants.json"));
    for (String file : List.of("resources.json", "event-horizons.json", "clients.json")) {
      mounts.add(mount(DOLITTLE, "/app/.dolittle/" + file, file));
    }
    mounts.add(new VolumeMountBuilder().withName(CONFIG_FILES).withMountPath("/app/data").build());
    ContainerBuilder head =
        new ContainerBuilder()
            .withName("head")
            .withImage(ms.head().image())
            .withCommand(ms.head().command())
            .withArgs(ms.head().args())
            .addNewPort()
            .withName("http")
            .withContainerPort(ms.head().port())
            .withProtocol("TCP")
            .endPort()
            .withEnvFrom(envFrom)
            .withResources(resources(ms.resources()))
            .withVolumeMounts(mounts)
            .withSecurityContext(PodSecurity.container(c.env()));
    ms.head().liveness().ifPresent(p -> head.withLivenessProbe(probe(p)));
    ms.head().readiness().ifPresent(p -> head.withReadinessProbe(probe(p)));
    ms.head().startup().ifPresent(p -> head.withStartupProbe(probe(p)));
    return head.build();
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
    return new ContainerBuilder()
        .withName("runtime")
        .withImage(runtime.image())
        .withRestartPolicy(runtime.nativeSidecar() ? "Always" : null)
        .addNewPort()
        .withName("runtime")
        .withContainerPort(Ports.RUNTIME)
        .withProtocol("TCP")
        .endPort()
        .addNewPort()
        .withName("runtime-metrics")
        .withContainerPort(Ports.RUNTIME_METRICS)
        .withProtocol("TCP")
        .endPort()
        .withResources(resources(runtime.resources()))
        .withVolumeMounts(mounts)
        .withSecurityContext(PodSecurity.container(c.env()))
        .build();
  }

  private static List<Volume> volumes(MsContext c) {
    return List.of(
        new VolumeBuilder()
            .withName(TENANTS)
            .withNewConfigMap()
            .withName(Names.tenantsConfigMap(c.env().objectName()))
            .endConfigMap()
            .build(),
        new VolumeBuilder()
            .withName(DOLITTLE)
            .withNewConfigMap()
            .withName(Names.dolittleConfigMap(c.env().objectName(), c.ms().objectName()))
            .endConfigMap()
            .build(),
        new VolumeBuilder()
            .withName(CONFIG_FILES)
            .withNewConfigMap()
            .withName(Names.configFilesConfigMap(c.env().objectName(), c.ms().objectName()))
            .endConfigMap()
            .build());
  }

  private static VolumeMount mount(String volume, String path, String subPath) {
    return new VolumeMountBuilder()
        .withName(volume)
        .withMountPath(path)
        .withSubPath(subPath)
        .build();
  }

  private static ResourceRequirements resources(Microservice.Resources r) {
    return new ResourceRequirementsBuilder()
        .withRequests(quantities(r.requestsCpu(), r.requestsMemory()))
        .withLimits(quantities(r.limitsCpu(), r.limitsMemory()))
        .build();
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
