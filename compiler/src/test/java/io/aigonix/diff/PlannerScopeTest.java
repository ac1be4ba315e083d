package io.aigonix.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.render.OutputTree;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Objects without aigonix labels are planned by the folder the layout puts their path in. */
class PlannerScopeTest {
  private static OutputTree tree(String... paths) {
    Map<String, byte[]> files = new TreeMap<>();
    for (String path : paths) {
      String name = path.substring(path.lastIndexOf('/') + 1).replace(".yaml", "");
      files.put(
          path,
          ("kind: ConfigMap\nmetadata:\n  name: " + name + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return new OutputTree(files);
  }

  @Test
  void unlabelledObjectsFallBackToTheirFolder() {
    OutputTree before = tree("flux-system/gotk-sync.yaml", "webshop/prod/configmap-kept.yaml");
    OutputTree after =
        tree(
            "README.md",
            "_gitops/argocd/application-webshop.yaml",
            "_gitops/flux/kustomization-webshop.yaml",
            "webshop/_application/namespace-application-1.yaml",
            "webshop/prod/configmap-kept.yaml",
            "webshop/prod/configmap-new.yaml");
    assertThat(DiffReport.between(before, after).plan())
        .extracting(PlanEntry::line)
        .containsExactly(
            "GitOps Argo CD: added",
            "GitOps Flux: added",
            "README.md: added",
            "flux-system: removed",
            "webshop: added",
            "prod: configmap configmap-new added");
  }
}
