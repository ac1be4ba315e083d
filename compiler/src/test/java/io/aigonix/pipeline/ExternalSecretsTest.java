package io.aigonix.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigonix.TestSupport;
import io.aigonix.cli.Invocation;
import io.aigonix.cli.Main;
import io.aigonix.diff.DiffReport;
import io.aigonix.diff.PlanEntry;
import io.aigonix.render.OutputTree;
import io.aigonix.seal.SealedVerifyAccess;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §8 on the external-secrets sample: what a reference change rolls, the Reloader annotation,
 * the diff plan's words, {@code seal} refusing a reference, and the sealed values of Dev still
 * opening with the independent verifier.
 */
class ExternalSecretsTest {
  private static final String PROD_ORDERS =
      "storefront/prod/externalsecret-prod-orders-secret-env-variables.yaml";

  @TempDir Path temp;
  Path file;
  String original;

  @BeforeEach
  void copySample() throws Exception {
    Path project = temp.resolve("external-secrets");
    TestSupport.copySample("external-secrets", project);
    file = project.resolve("aigonix.yaml");
    original = Files.readString(file);
  }

  @Test
  void changingAReferenceRollsThatMicroserviceOnly() throws Exception {
    OutputTree before = compile(original);
    OutputTree after =
        compile(original.replace("Prod: { ref: orders-db }", "Prod: { ref: orders-db-2 }"));
    assertThat(changed(before, after))
        .containsExactly("storefront/prod/deployment-prod-orders.yaml", PROD_ORDERS);
    assertThat(after.text(PROD_ORDERS)).contains("key: storefront-orders-db-2");
  }

  @Test
  void rotationRollsPodsOnlyThroughTheReloaderAnnotationWhereAsked() throws Exception {
    OutputTree tree = compile(original);
    String reload = "secret.reloader.stakater.com/reload: prod-orders-secret-env-variables";
    assertThat(tree.text("storefront/prod/deployment-prod-orders.yaml")).contains(reload);
    // Dev is sealed; Payments's stores leave rolloutOnRotation at its default (false)
    assertThat(tree.text("storefront/dev/deployment-dev-orders.yaml")).doesNotContain("reloader");
    assertThat(tree.text("payments/prod/deployment-prod-invoices.yaml")).doesNotContain("reloader");
    // and the annotation is on the Deployment, not the pod template: it does not roll the pods
    // itself
    OutputTree without = compile(original.replace(", rolloutOnRotation: true", ""));
    assertThat(changed(without, tree))
        .containsExactly("storefront/prod/deployment-prod-orders.yaml");
    assertThat(podTemplate(without)).isEqualTo(podTemplate(tree));
  }

  @Test
  void theDiffPlanNamesStoresAndKeysNeverValues() throws Exception {
    String sealedProd =
        original
            .replace("Prod: { ref: orders-db }", "Prod: " + devValue("DB_PASSWORD"))
            .replace(
                "Prod: { ref: orders-api-token, version: 0f1e2d3c4b5a69788796a5b4c3d2e1f0 }",
                "Prod: " + devValue("API_TOKEN"));
    // sealed → referenced: the Deployment's envFrom stays as it was, only the config checksum rolls
    // the pods
    OutputTree sealed = compile(sealedProd);
    OutputTree referenced = compile(original);
    assertThat(DiffReport.between(sealed, referenced).plan())
        .extracting(PlanEntry::line)
        .contains(
            "Storefront/Prod/Orders: externalsecret prod-orders-secret-env-variables added; secret API_TOKEN now from store "
                + "azure-key-vault-prod key storefront-orders-api-token version 0f1e2d3c4b5a69788796a5b4c3d2e1f0; "
                + "secret DB_PASSWORD now from store azure-key-vault-prod key storefront-orders-db; "
                + "sealedsecret prod-orders-secret-env-variables removed; pods will roll");

    OutputTree moved =
        compile(
            original.replace(
                "name: azure-key-vault-prod, refreshInterval: 15m",
                "name: azure-key-vault-prod-2, refreshInterval: 30m"));
    assertThat(DiffReport.between(referenced, moved).plan())
        .extracting(PlanEntry::line)
        .containsExactly(
            "Storefront/Prod/Orders: secret API_TOKEN now from store azure-key-vault-prod-2 key storefront-orders-api-token "
                + "version 0f1e2d3c4b5a69788796a5b4c3d2e1f0; secret DB_PASSWORD now from store azure-key-vault-prod-2 key "
                + "storefront-orders-db; secrets refreshed every 30m (was 15m); pods will roll");
    String plan =
        String.join(
            "\n",
            DiffReport.between(sealed, referenced).plan().stream().map(PlanEntry::line).toList());
    assertThat(plan).doesNotContain(devValue("DB_PASSWORD").substring(0, 40));
  }

  @Test
  void sealRefusesAReferencedKeyWithExitTwoAndLeavesTheFile() throws Exception {
    Run r =
        seal(
            "--app",
            "Storefront",
            "--env",
            "Prod",
            "--microservice",
            "Orders",
            "--key",
            "DB_PASSWORD",
            "--write");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "secretEnv DB_PASSWORD of microservice Orders in environment Prod is a "
                + "secret-store reference");
    assertThat(r.out()).isEmpty();
    assertThat(seal("--app", "Storefront", "--registry").exit()).isEqualTo(2);
    assertThat(Files.readString(file)).isEqualTo(original);
    // near miss: the sealed environment of the same key still seals
    Run dev =
        seal(
            "--app",
            "Storefront",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "DB_PASSWORD");
    assertThat(dev.exit()).as(dev.err()).isZero();
    assertThat(dev.out().strip()).startsWith("Ag");
  }

  @Test
  void theSealedValuesOfTheGoldenTreeStillDecrypt() throws Exception {
    // SealedVerifyAccess skips this in a plain clone without ../shared or Node (and fails with
    // CI=true)
    Path expected = TestSupport.golden().resolve("external-secrets/expected");
    Map<String, Set<String>> opened =
        Map.of(
            "storefront/dev/sealedsecret-dev-orders-secret-env-variables.yaml",
                Set.of("API_TOKEN", "DB_PASSWORD"),
            "payments/dev/sealedsecret-dev-invoices-secret-env-variables.yaml",
                Set.of("DB_PASSWORD", "STRIPE_KEY"));
    for (Map.Entry<String, Set<String>> e : opened.entrySet()) {
      SealedVerifyAccess.Result r = SealedVerifyAccess.unseal(expected.resolve(e.getKey()));
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode secrets = new ObjectMapper().readTree(r.out());
      Set<String> keys = new TreeSet<>();
      secrets.elements().next().fieldNames().forEachRemaining(keys::add);
      assertThat(keys).isEqualTo(e.getValue());
    }
  }

  private record Run(int exit, String out, String err) {}

  private Run seal(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Invocation io =
        new Invocation(
            file.getParent(),
            new ByteArrayInputStream("v".getBytes(StandardCharsets.UTF_8)),
            Map.of(),
            new PrintWriter(out),
            new PrintWriter(err),
            java.time.Instant.parse("2030-01-01T00:00:00Z"));
    String[] all =
        Stream.concat(Stream.of("seal", "-f", "aigonix.yaml"), Stream.of(args))
            .toArray(String[]::new);
    int exit = Main.run(io, all);
    return new Run(exit, out.toString(), err.toString());
  }

  /**
   * The Dev ciphertext of Orders' {@code key} as written in the sample (valid shape, wrong scope
   * for Prod).
   */
  private String devValue(String key) {
    String afterKey = original.substring(original.indexOf("          " + key + ":"));
    String line =
        afterKey.lines().filter(l -> l.trim().startsWith("Dev: ")).findFirst().orElseThrow();
    return line.trim().substring("Dev: ".length());
  }

  private OutputTree compile(String text) throws Exception {
    Files.writeString(file, text);
    Compiler compiler = new Compiler();
    Checked checked = compiler.check(file, "aigonix.yaml");
    assertThat(checked.diagnostics()).noneMatch(d -> d.isError());
    return compiler.compile(checked);
  }

  private static Set<String> changed(OutputTree before, OutputTree after) {
    assertThat(after.files().keySet()).isEqualTo(before.files().keySet());
    Set<String> changed = new TreeSet<>();
    before
        .files()
        .forEach(
            (path, bytes) -> {
              if (!Arrays.equals(bytes, after.files().get(path))) {
                changed.add(path);
              }
            });
    return changed;
  }

  private static String podTemplate(OutputTree tree) {
    String text = tree.text("storefront/prod/deployment-prod-orders.yaml");
    return text.substring(text.indexOf("  template:"));
  }
}
