package io.aigonix.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.diff.FileChanges;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitMessageTest {
  @Test
  void groupsByOutputFolderAndFilesOutsideByTheirDirectory() {
    FileChanges changes =
        new FileChanges(
            List.of(
                "_gitops/flux/kustomization-webshop-dev.yaml",
                "webshop/dev/deployment-dev-orders.yaml",
                "README.md"),
            List.of("webshop/_application/namespace-application-1.yaml"),
            List.of(
                "webshop/dev/service-dev-orders.yaml",
                "flux-system/gotk-sync.yaml",
                "a/b/c/d.yaml"));
    assertThat(CommitMessage.build(null, changes, List.of("Source-Commit: abc")))
        .isEqualTo(
            """
        aigonix: 3 added, 1 changed, 3 removed

        .: 1 added
          + README.md
        _gitops/flux: 1 added
          + kustomization-webshop-dev.yaml
        a/b/c: 1 removed
          - d.yaml
        flux-system: 1 removed
          - gotk-sync.yaml
        webshop/_application: 1 changed
          ~ namespace-application-1.yaml
        webshop/dev: 1 added, 1 removed
          + deployment-dev-orders.yaml
          - service-dev-orders.yaml

        Source-Commit: abc
        """);
  }
}
