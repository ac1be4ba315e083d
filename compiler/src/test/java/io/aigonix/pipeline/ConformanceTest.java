package io.aigonix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.Needs;
import io.aigonix.TestSupport;
import io.aigonix.seal.SealedVerifyAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SPEC §12 golden trees (workloads, and per-cluster GitOps folders) pass the independent {@code
 * k8s-validate --strict} (duplicates scoped per directory: one Flux name recurs on each cluster)
 * and every kustomization in them builds with {@code kubectl kustomize}. CI runs the same checks on
 * every tree (.ci/run); this test runs them where the work happens. Skipped without ../shared, Node
 * or kubectl ({@link Needs}; it fails instead under CI=true).
 */
class ConformanceTest {

  @ParameterizedTest
  @ValueSource(strings = {"autoscaling-restricted", "two-clusters"})
  void goldenTreePassesK8sValidateAndEveryKustomizationBuilds(String sample) throws Exception {
    Path tree = TestSupport.golden().resolve(sample).resolve("expected");
    SealedVerifyAccess.Result validate =
        SealedVerifyAccess.node(
            "k8s-validate",
            "to check the SPEC §12 golden trees with k8s-validate --strict",
            "validate.js",
            "--strict",
            "--dup-scope",
            "dir",
            tree.toString());
    assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
    assertThat(validate.out()).contains(" 0 errors, 0 warnings");
    Path check =
        Needs.shared("tools/k8s-validate/kustomize-check.sh", "to build every kustomization");
    Needs.program("kubectl", "to build every kustomization of the SPEC §12 golden trees");
    TestSupport.Run build =
        TestSupport.process(tree, System.getenv(), List.of("bash", check.toString(), "."));
    assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
    long kustomizations;
    try (var walk = Files.walk(tree)) {
      kustomizations =
          walk.filter(p -> p.getFileName().toString().equals("kustomization.yaml")).count();
    }
    assertThat(build.out()).contains(kustomizations + " kustomizations built, 0 failed");
  }
}
