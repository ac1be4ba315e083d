package io.aigonix.seal;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.spec.AigonixSpec;
import org.junit.jupiter.api.Test;

/** seal seals for the names compile writes, objectName included (SPEC §3 strict scope, §7). */
class SealTargetObjectNameTest {
  @Test
  void aSecretIsSealedForTheObjectNameOfItsMicroserviceAndEnvironment() throws Exception {
    Checked checked =
        new Compiler()
            .check(
                TestSupport.samples().resolve("object-names/aigonix.yaml"),
                "samples/object-names/aigonix.yaml");
    AigonixSpec spec = checked.spec().orElseThrow();
    assertThat(
            SealTarget.secretEnv(
                    spec, "Purchasing", "Development", "PurchaseOrderAPI", "DB_PASSWORD")
                .name())
        .isEqualTo("dev-purchase-order-api-secret-env-variables");
    assertThat(SealTarget.secretEnv(spec, "Purchasing", "Production", "Suppliers", "K").name())
        .isEqualTo("prod-suppliers-secret-env-variables");
  }
}
