package io.aigonix.generate;

import io.aigonix.model.Environment.Mongo;
import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <env>-mongo}: one MongoDB pod with a volume claim {@code <env>-mongo-storage} at /data/db.
 * Resources as the platform: requests 100m (production) or 50m cpu and 512Mi, limits 2000m and 2Gi.
 */
final class MongoStatefulSetGenerator implements Generator<EnvContext> {
  @Override
  public List<HasMetadata> generate(EnvContext c) {
    if (!c.env().hasMongo()) {
      return List.of();
    }
    Mongo mongo = c.env().mongo();
    String name = Names.mongo(c.env().objectName());
    String storage = Names.mongoStorage(c.env().objectName());
    PersistentVolumeClaimBuilder claim =
        new PersistentVolumeClaimBuilder()
            .withNewMetadata()
            .withName(storage)
            .endMetadata()
            .withNewSpec()
            .withAccessModes("ReadWriteOnce")
            .withStorageClassName(mongo.storageClass().orElse(null))
            .withNewResources()
            .withRequests(Map.of("storage", new Quantity(mongo.storage())))
            .endResources()
            .endSpec();
    return List.of(
        new StatefulSetBuilder()
            .withMetadata(Meta.of(name, c.namespace(), MongoLabels.of(c), Labels.annotations(c)))
            .withNewSpec()
            .withReplicas(1)
            .withServiceName(name)
            .withNewSelector()
            .withMatchLabels(MongoLabels.of(c))
            .endSelector()
            .withNewTemplate()
            .withNewMetadata()
            .withLabels(MongoLabels.of(c))
            .withAnnotations(Labels.annotations(c))
            .endMetadata()
            .withNewSpec()
            .withSecurityContext(PodSecurity.mongoPod(c.env()).orElse(null))
            .addNewContainer()
            .withName("mongo")
            .withImage(mongo.image())
            .addNewPort()
            .withName("mongo")
            .withContainerPort(Ports.MONGO)
            .withProtocol("TCP")
            .endPort()
            .withResources(
                new ResourceRequirementsBuilder()
                    .withRequests(quantities(c.env().production() ? "100m" : "50m", "512Mi"))
                    .withLimits(quantities("2000m", "2Gi"))
                    .build())
            .addNewVolumeMount()
            .withName(storage)
            .withMountPath("/data/db")
            .endVolumeMount()
            .withSecurityContext(PodSecurity.mongoContainer(c.env()).orElse(null))
            .endContainer()
            .endSpec()
            .endTemplate()
            .withVolumeClaimTemplates(claim.build())
            .endSpec()
            .build());
  }

  private static Map<String, Quantity> quantities(String cpu, String memory) {
    TreeMap<String, Quantity> q = new TreeMap<>();
    q.put("cpu", new Quantity(cpu));
    q.put("memory", new Quantity(memory));
    return q;
  }
}
