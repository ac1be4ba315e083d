package io.aigonix.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.render.OutputTree;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DiffReportTest {
  static String deployment(String env, String ms, String image, String checksum) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: %1$s-%2$s
          labels:
            application: Webshop
            environment: %3$s
            microservice: %4$s
        spec:
          replicas: 1
          template:
            metadata:
              annotations:
                aigonix.io/config-checksum: %6$s
            spec:
              containers:
              - name: head
                image: %5$s
              - name: runtime
                image: dolittle/runtime:9.0.0
        """
        .formatted(
            env.toLowerCase(),
            ms.toLowerCase().replace(' ', '-'),
            env,
            ms.replace(' ', '_'),
            image,
            checksum);
  }

  static String envConfigMap(String env, String ms, String data) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: %1$s-%2$s-env-variables
          labels:
            application: Webshop
            environment: %3$s
            microservice: %4$s
        data:
        %5$s"""
        .formatted(env.toLowerCase(), ms.toLowerCase(), env, ms, data);
  }

  static String secret(String data) {
    return """
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata:
          name: prod-orders-secret-env-variables
          labels:
            application: Webshop
            environment: Prod
            microservice: Orders
        spec:
          encryptedData:
        %s"""
        .formatted(data);
  }

  static OutputTree tree(String... kv) {
    Map<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      files.put(kv[i], kv[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return new OutputTree(files);
  }

  final OutputTree before =
      tree(
          "webshop/prod/deployment-prod-orders.yaml",
              deployment("Prod", "Orders", "acmecorp.azurecr.io/orders:1.1.9", "aaa"),
          "webshop/prod/configmap-prod-orders-env-variables.yaml",
              envConfigMap("Prod", "Orders", "  LOG_LEVEL: debug\n  A: x\n"),
          "webshop/prod/sealedsecret-prod-orders-secret-env-variables.yaml",
              secret("    DB_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq\n"),
          "webshop/dev/deployment-dev-catalog.yaml",
              deployment("Dev", "Catalog", "acmecorp.azurecr.io/catalog:1", "c"),
          "webshop/dev/kustomization.yaml", "resources:\n- deployment-dev-catalog.yaml\n");
  final OutputTree after =
      tree(
          "webshop/prod/deployment-prod-orders.yaml",
              deployment("Prod", "Orders", "acmecorp.azurecr.io/orders:1.2.0", "bbb"),
          "webshop/prod/configmap-prod-orders-env-variables.yaml",
              envConfigMap("Prod", "Orders", "  LOG_LEVEL: info\n  A: x\n"),
          "webshop/prod/sealedsecret-prod-orders-secret-env-variables.yaml",
              secret("    DB_PASSWORD: AgCHANGEDCIPHERTEXTCHANGEDCIPHERT\n"),
          "webshop/dev/deployment-dev-scanner-gateway.yaml",
              deployment("Dev", "Scanner Gateway", "acmecorp.azurecr.io/sg:1", "c"),
          "webshop/dev/kustomization.yaml", "resources:\n- deployment-dev-scanner-gateway.yaml\n");

  @Test
  void planSpeaksAigonixAndNeverQuotesSecretsOrValues() {
    DiffReport report = DiffReport.between(before, after);
    assertThat(report.plan())
        .extracting(PlanEntry::line)
        .containsExactly(
            "Dev/Catalog: removed",
            "Dev/Scanner Gateway: added",
            "Prod/Orders: head image acmecorp.azurecr.io/orders:1.1.9 → 1.2.0; env LOG_LEVEL changed;"
                + " secret DB_PASSWORD changed; pods will roll");
    String text = DiffTextRenderer.render(report, false);
    assertThat(text)
        .doesNotContain("AgCHANGED")
        .doesNotContain("info")
        .contains("Files: 1 added, 4 changed, 1 removed");
    assertThat(report.files().changed()).contains("webshop/dev/kustomization.yaml");
  }

  @Test
  void unifiedDiffHasGitStyleHeadersAndThreeLinesOfContext() {
    String diff = DiffReport.between(before, after).unifiedDiff();
    assertThat(diff)
        .contains(
            String.join(
                "\n",
                "--- a/webshop/prod/configmap-prod-orders-env-variables.yaml",
                "+++ b/webshop/prod/configmap-prod-orders-env-variables.yaml",
                "@@ -7,5 +7,5 @@",
                "     environment: Prod",
                "     microservice: Orders",
                " data:",
                "-  LOG_LEVEL: debug",
                "+  LOG_LEVEL: info",
                "   A: x",
                "--- a/webshop/prod/deployment-prod-orders.yaml"));
    assertThat(diff)
        .contains(
            "--- a/webshop/dev/deployment-dev-catalog.yaml\n+++ /dev/null\n@@ -1,20 +0,0 @@\n");
    assertThat(diff)
        .contains("--- /dev/null\n+++ b/webshop/dev/deployment-dev-scanner-gateway.yaml\n");
    assertThat(diff).doesNotContain("\r");
  }

  @Test
  void unchangedTreesGiveNoPlanAndStableJson() {
    DiffReport same = DiffReport.between(before, before);
    assertThat(same.changed()).isFalse();
    assertThat(DiffTextRenderer.render(same, true)).isEqualTo("No changes.\n");
    assertThat(DiffJsonRenderer.render(same))
        .isEqualTo(
            """
        {
          "version" : 1,
          "changed" : false,
          "plan" : [ ],
          "files" : {
            "added" : [ ],
            "changed" : [ ],
            "removed" : [ ]
          },
          "diff" : ""
        }
        """);
    String json = DiffJsonRenderer.render(DiffReport.between(before, after));
    assertThat(json)
        .contains(
            "\"scope\" : \"Prod/Orders\"",
            "\"change\" : \"added\"",
            "\"microservice\" : \"Scanner Gateway\"");
  }

  @Test
  void replicasAndContainerFieldsAndEnvironmentLevelObjects() {
    String netpol =
        "kind: NetworkPolicy\nmetadata:\n  name: prod\n  labels:\n    application: Webshop\n    environment: Prod\nspec: {}\n";
    OutputTree a =
        tree(
            "webshop/prod/networkpolicy-prod.yaml",
            netpol,
            "webshop/prod/deployment-prod-orders.yaml",
            deployment("Prod", "Orders", "o:1", "x"));
    OutputTree b =
        tree(
            "webshop/prod/networkpolicy-prod.yaml",
            netpol.replace("{}", "{podSelector: {}}"),
            "webshop/prod/deployment-prod-orders.yaml",
            deployment("Prod", "Orders", "o:1", "x").replace("replicas: 1", "replicas: 3"),
            "_gitops/flux/kustomization-webshop.yaml",
            "kind: Kustomization\nmetadata:\n  name: webshop\n");
    assertThat(DiffReport.between(a, b).plan())
        .extracting(PlanEntry::line)
        .containsExactly(
            "GitOps Flux: added",
            "Prod: networkpolicy prod changed",
            "Prod/Orders: replicas 1 → 3");
  }
}
