package io.aigonix.generate;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Pod annotation {@code aigonix.io/config-checksum}: SHA-256 (hex) over the canonical bytes
 * ({@link Canonical}) of every ConfigMap and SealedSecret the pod uses, in a fixed order: the
 * environment's tenants, the microservice's dolittle, env-variables, config-files and secret, and the
 * application's {@code acr}. A config change rolls the pods; nothing else does.
 */
final class ConfigChecksum {
  static final String ANNOTATION = "aigonix.io/config-checksum";

  private final Canonical canonical;
  private final List<Generator<EnvContext>> environmentObjects;
  private final List<Generator<MsContext>> microserviceObjects;
  private final List<Generator<AppContext>> applicationObjects;

  ConfigChecksum(Canonical canonical, List<Generator<AppContext>> applicationObjects,
      List<Generator<EnvContext>> environmentObjects, List<Generator<MsContext>> microserviceObjects) {
    this.canonical = canonical;
    this.applicationObjects = List.copyOf(applicationObjects);
    this.environmentObjects = List.copyOf(environmentObjects);
    this.microserviceObjects = List.copyOf(microserviceObjects);
  }

  String of(MsContext c) {
    List<HasMetadata> used = new ArrayList<>();
    environmentObjects.forEach(g -> used.addAll(g.generate(c.environment())));
    microserviceObjects.forEach(g -> used.addAll(g.generate(c)));
    applicationObjects.forEach(g -> used.addAll(g.generate(new AppContext(c.model(), c.app()))));
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    for (HasMetadata object : used) {
      sha256.update(canonical.bytes(object));
      sha256.update((byte) '\n');
    }
    return HexFormat.of().formatHex(sha256.digest());
  }
}
