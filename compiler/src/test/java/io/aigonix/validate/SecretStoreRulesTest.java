package io.aigonix.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.pipeline.Compiler;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §8 validation: AGX2037-AGX2039 at line:col, each with a near miss that must stay clean. */
class SecretStoreRulesTest {
  /**
   * Shaped like a sealed value (RSA-2048 length prefix, room for the AES-GCM tag): AGX2009 accepts
   * it.
   */
  private static final String SEALED = java.util.Base64.getEncoder().encodeToString(sealedShape());

  private static final Compiler COMPILER = new Compiler();

  /**
   * One application with environments Dev and Prod; {@code store} and {@code secretEnv} are spliced
   * in.
   */
  private static String file(String appExtra, String prodExtra, String secretEnv) {
    return "apiVersion: aigonix/v1\n"
        + "customer:\n  name: Acme Corp\n"
        + "applications:\n"
        + "  - name: Shop\n"
        + appExtra
        + "    environments:\n"
        + "      - name: Dev\n"
        + "      - name: Prod\n"
        + prodExtra
        + "    microservices:\n"
        + "      - name: Orders\n"
        + "        head: { image: acme/orders:1.0.0 }\n"
        + "        secretEnv:\n"
        + secretEnv;
  }

  private static byte[] sealedShape() {
    byte[] bytes = new byte[2 + 256 + 32];
    bytes[0] = 1;
    return bytes;
  }

  /**
   * The errors of {@code text} (lint warnings, such as one replica in production, are not these
   * rules').
   */
  private static List<Diagnostic> check(String text) {
    return COMPILER.check(Path.of("aigonix.yaml"), "aigonix.yaml", text).diagnostics().stream()
        .filter(Diagnostic::isError)
        .toList();
  }

  private static List<String> errors(String text, Code code) {
    return check(text).stream()
        .filter(d -> d.code() == code)
        .map(d -> d.line() + ":" + d.column() + " " + d.message())
        .toList();
  }

  @Test
  void aStoreOnTheApplicationCoversEveryEnvironmentAndMixingEnvironmentsIsFine() {
    String text =
        file(
            "    secretStore: { name: azure-kv }\n",
            "",
            "          DB_PASSWORD: { Dev: "
                + SEALED
                + ", Prod: { ref: orders-db, property: password } }\n"
                + "          API_TOKEN: { Dev: "
                + SEALED
                + ", Prod: { ref: orders-token, version: \"2\" } }\n");
    assertThat(check(text)).isEmpty();
  }

  @Test
  void sealedAndReferencedValuesInOneEnvironmentAreRefused() {
    String text =
        file(
            "    secretStore: { name: azure-kv }\n",
            "",
            "          DB_PASSWORD: { Dev: "
                + SEALED
                + ", Prod: { ref: orders-db } }\n"
                + "          API_TOKEN: { Dev: "
                + SEALED
                + ", Prod: "
                + SEALED
                + " }\n");
    assertThat(errors(text, Code.MIXED_SECRET_SOURCES))
        .containsExactly(
            "14:427 microservice 'Orders' in environment 'Prod' mixes sealed values (API_TOKEN) and secret-store "
                + "references (DB_PASSWORD): one Secret prod-orders-secret-env-variables cannot have two writers");
  }

  @Test
  void aRegistryWithBothASealedValueAndAReferenceIsRefused() {
    String both =
        "    secretStore: { name: azure-kv }\n"
            + "    registry: { server: acr.example.com, sealedDockerConfigJson: "
            + SEALED
            + ", dockerConfigJson: { ref: acr } }\n";
    assertThat(
            errors(
                file(both, "", "          A: { Dev: " + SEALED + " }\n"),
                Code.MIXED_SECRET_SOURCES))
        .singleElement()
        .asString()
        .startsWith("7:")
        .contains("has both sealedDockerConfigJson and dockerConfigJson");
    String one =
        "    secretStore: { name: azure-kv }\n"
            + "    registry: { server: acr.example.com, dockerConfigJson: { ref: acr } }\n";
    assertThat(check(file(one, "", "          A: { Dev: " + SEALED + " }\n"))).isEmpty();
  }

  @Test
  void aReferenceWhereNoStoreAppliesIsRefused() {
    String text =
        file(
            "",
            "        secretStore: { name: azure-kv-prod }\n",
            "          DB_PASSWORD: { Dev: { ref: orders-db }, Prod: { ref: orders-db } }\n");
    assertThat(errors(text, Code.SECRET_STORE_MISSING))
        .containsExactly(
            "14:31 secretEnv DB_PASSWORD of microservice 'Orders' is a store reference in environment 'Dev', "
                + "which has no secretStore");
    // near miss: the same with sealed values in Dev needs no store there
    String sealedDev =
        file(
            "",
            "        secretStore: { name: azure-kv-prod }\n",
            "          DB_PASSWORD: { Dev: " + SEALED + ", Prod: { ref: orders-db } }\n");
    assertThat(check(sealedDev)).isEmpty();
  }

  @Test
  void anEnvironmentStoreWithoutANameNeedsTheApplicationsName() {
    String nameless =
        file(
            "",
            "        secretStore: { refreshInterval: 5m }\n",
            "          DB_PASSWORD: { Prod: { ref: orders-db } }\n");
    assertThat(errors(nameless, Code.SECRET_STORE_MISSING))
        .singleElement()
        .asString()
        .startsWith("9:9 the secretStore of environment 'Prod' has no name");
    String inherited =
        file(
            "    secretStore: { name: azure-kv }\n",
            "        secretStore: { refreshInterval: 5m }\n",
            "          DB_PASSWORD: { Prod: { ref: orders-db } }\n");
    assertThat(check(inherited)).isEmpty();
  }

  @Test
  void aRegistryReferenceNeedsTheApplicationsStore() {
    String text =
        file(
            "    registry: { server: acr.example.com, dockerConfigJson: { ref: acr } }\n",
            "        secretStore: { name: azure-kv-prod }\n",
            "          A: { Dev: " + SEALED + " }\n");
    assertThat(errors(text, Code.SECRET_STORE_MISSING))
        .singleElement()
        .asString()
        .startsWith("6:60 registry.dockerConfigJson of application 'Shop' is a store reference");
  }

  @Test
  void emptyAndNonPrintableRefsAreRefusedAndNamedByTheirCodePoint() {
    String text =
        file(
            "    secretStore: { name: azure-kv }\n",
            "",
            "          DB_PASSWORD: { Dev: { ref: \"\" }, Prod: { ref: \"orders\\u00a0db\" } }\n"
                + "          API_TOKEN: { Prod: { ref: orders-token, property: \" \" } }\n");
    assertThat(errors(text, Code.INVALID_SECRET_REF))
        .containsExactly(
            "14:38 secretEnv DB_PASSWORD for Dev: ref is empty",
            "14:57 secretEnv DB_PASSWORD for Prod: ref has a non-printable character U+00A0 at position 7",
            "15:61 secretEnv API_TOKEN for Prod: property has a non-printable character U+0020 at position 1");
    // near miss: slashes, dots, underscores and non-ASCII letters are keys stores accept
    String fine =
        file(
            "    secretStore: { name: azure-kv }\n",
            "",
            "          DB_PASSWORD: { Prod: { ref: prod/orders_db.v2-ü, property: pass.word, version: AWSCURRENT } }\n");
    assertThat(check(fine)).isEmpty();
  }

  @Test
  void aReferenceIsNotCheckedAsACiphertextAndItsLineIsNotRedacted() {
    String text =
        file(
            "    secretStore: { name: azure-kv }\n",
            "",
            "          DB_PASSWORD: { Prod: { ref: \"\" } }\n");
    assertThat(check(text)).extracting(Diagnostic::code).containsExactly(Code.INVALID_SECRET_REF);
    var source =
        COMPILER.check(Path.of("aigonix.yaml"), "aigonix.yaml", text).source().orElseThrow();
    SecretLines lines = new SecretLines(source);
    assertThat(lines.line(source.displayName(), 14))
        .isEqualTo("          DB_PASSWORD: { Prod: { ref: \"\" } }");
  }
}
