package io.aigonix.generate;

import io.aigonix.model.Environment;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import java.util.Optional;

/**
 * The security contexts of an environment's pods (SPEC §2.2, §12). Baseline (the default) is v1's:
 * no privilege escalation and seccomp RuntimeDefault on each container, nothing on the pod.
 * Restricted meets the Pod Security Standard "restricted": also {@code runAsNonRoot} and
 * capabilities dropped ({@code ALL}), and on the pod {@code runAsNonRoot} with seccomp
 * RuntimeDefault. The images must then run as a non-root numeric user; MongoDB is told its image's
 * user, 999, with {@code fsGroup} so it can write its volume.
 */
final class PodSecurity {
  static final long MONGO_USER = 999L;

  private PodSecurity() {}

  static SecurityContext container(Environment env) {
    SecurityContextBuilder b =
        new SecurityContextBuilder()
            .withAllowPrivilegeEscalation(false)
            .withNewSeccompProfile()
            .withType("RuntimeDefault")
            .endSeccompProfile();
    if (env.restricted()) {
      b.withRunAsNonRoot(true).withNewCapabilities().withDrop("ALL").endCapabilities();
    }
    return b.build();
  }

  /**
   * The pod's context: none under baseline (v1's output), {@code runAsNonRoot} and seccomp when
   * restricted.
   */
  static Optional<PodSecurityContext> pod(Environment env) {
    if (!env.restricted()) {
      return Optional.empty();
    }
    return Optional.of(restrictedPod().build());
  }

  /**
   * MongoDB's pod: as {@link #pod}, running as the image's user 999 and owning its volume through
   * fsGroup.
   */
  static Optional<PodSecurityContext> mongoPod(Environment env) {
    if (!env.restricted()) {
      return Optional.empty();
    }
    return Optional.of(
        restrictedPod()
            .withRunAsUser(MONGO_USER)
            .withRunAsGroup(MONGO_USER)
            .withFsGroup(MONGO_USER)
            .build());
  }

  /**
   * MongoDB's container: nothing under baseline (v1's output), the restricted context otherwise.
   */
  static Optional<SecurityContext> mongoContainer(Environment env) {
    return env.restricted() ? Optional.of(container(env)) : Optional.empty();
  }

  private static PodSecurityContextBuilder restrictedPod() {
    return new PodSecurityContextBuilder()
        .withRunAsNonRoot(true)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile();
  }
}
