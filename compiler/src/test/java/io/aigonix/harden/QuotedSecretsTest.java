package io.aigonix.harden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 items 1 and 2: a quoted source line shows no value unless it is known safe, wherever the
 * secret was typed; odd shapes of applications/microservices are diagnosed, not crashed on.
 */
class QuotedSecretsTest {
  private static final String SECRET = "S3cr3tMarker";
  private static final String HEAD =
      """
      apiVersion: aigonix/v1
      customer:
        name: Acme Corp
      applications:
        - name: Shop
          id: 0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20
          environments:
            - name: Dev
          microservices:
            - name: Orders
              head:
                image: acme/orders:1.0.0
      """;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void anchorOnAnUnknownKeyIsHidden(String format) throws IOException {
    Run run = validate("x-secrets: &s " + SECRET + "\n" + HEAD, format);
    assertThat(run.all()).contains("x-secrets").doesNotContain(SECRET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void flowStyleTypoOfSecretEnvIsHidden(String format) throws IOException {
    Run run =
        validate(HEAD + "        secretEnvs: { DB_PASSWORD: { Dev: " + SECRET + " } }\n", format);
    assertThat(run.all()).contains("secretEnvs").doesNotContain(SECRET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void duplicatedPasswordLineIsHidden(String format) throws IOException {
    Run run =
        validate(
            HEAD
                + "        env:\n          X_PASSWORD: one"
                + SECRET
                + "\n          X_PASSWORD: two"
                + SECRET
                + "\n",
            format);
    assertThat(run.all()).contains("AGX0002").doesNotContain(SECRET);
  }

  /** Found by FuzzTest: the AGX0006 message of a tagged value quoted the value. */
  @ParameterizedTest
  @ValueSource(strings = {"!!int x", "!!float", "!!bool", "!!null"})
  void aValueItsTagDoesNotFitIsNotQuoted(String tag) throws IOException {
    Run run = validate(HEAD + "        env: { LEVEL: " + tag + " " + SECRET + " }\n", "text");
    assertThat(run.err()).contains("AGX0006").doesNotContain(SECRET);
  }

  /** Found by FuzzTest: the AGX0001 message of an unknown alias repeated the alias's name. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void theNameOfAnUnknownAliasIsNotRepeated(String format) throws IOException {
    Run run = validate(HEAD + "        env: { A: *--password=" + SECRET + " }\n", format);
    assertThat(run.all()).contains("AGX0001").contains("unknown alias").doesNotContain(SECRET);
  }

  /**
   * Found by FuzzTest: a value copied to a place whose values are shown (apiVersion) by a merge key
   * or an alias was written elsewhere, and was repeated in the schema's message about it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void aValueCopiedToAShownPlaceIsNotRepeated(String format) throws IOException {
    for (String yaml :
        new String[] {
          "<<:\n  - apiVersion: " + SECRET + "\n",
          "x-password: &pw " + SECRET + "\napiVersion: *pw\n"
        }) {
      Run run = validate(yaml, format);
      assertThat(run.all()).contains("AGX1004").doesNotContain(SECRET);
    }
    // written there, the value is shown as before: apiVersion holds no secret
    assertThat(validate("apiVersion: v0-" + SECRET + "\n", format).all())
        .contains("'v0-" + SECRET + "'");
  }

  /**
   * The alias audit after f667d92: every message (and JSON pointer) that quotes a user's value or
   * key, fed a value an alias or a merge key copied from where secrets are written (an env value).
   * Each case is a schema-valid file unless its code is a schema one, so the semantic rules and
   * lint run.
   */
  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("copiedSecrets")
  void aSecretCopiedIntoAQuotedPlaceIsNotRepeated(Case c, String format) throws IOException {
    Run run = validate(c.yaml(), format);
    // SARIF lists every rule, so the code must be a result's
    String reported = format.equals("sarif") ? "\"ruleId\" : \"" + c.code() + "\"" : c.code();
    assertThat(run.all()).contains(reported).doesNotContainIgnoringCase(c.secret());
  }

  static Stream<Arguments> copiedSecrets() {
    return CASES.stream()
        .flatMap(c -> Stream.of("text", "json", "sarif", "github").map(f -> Arguments.of(c, f)));
  }

  /**
   * seal lists the file's names when one given on the command line is not there: a name an alias
   * copied from where a secret is written is not listed, nor a key an alias wrote.
   */
  @Test
  void sealListsNoNameOrKeyAnAliasWrote() throws IOException {
    String yaml =
        TOP
            + "applications:\n  - microservices:\n"
            + "      - env: { CONN: &pw "
            + SECRET
            + ", E: &e Dev"
            + SECRET
            + " }\n        name: *pw\n        head: { image: a/b:1 }\n"
            + "        environments: { *e : {} }\n"
            + "      - name: Billing\n        head: { image: a/c:1 }\n"
            + "    name: *pw\n    environments:\n      - name: *e\n      - name: Dev\n";
    Files.writeString(dir.resolve("aigonix.yaml"), yaml);
    for (String[] names :
        new String[][] {
          {"Nope", "Dev", "Billing", "(it has: '<redacted>')"}, // no such application
          {SECRET, "Test", "Billing", "(it has: '<redacted>', 'Dev')"}, // environment
          {SECRET, "Dev", "Nope", "(it has: '<redacted>', 'Billing')"}, // microservice
          {SECRET, "Dev", SECRET, "(its environments: <redacted>)"} // not deployed to Dev
        }) {
      TestSupport.Run run =
          TestSupport.cli(
              dir,
              new java.io.ByteArrayInputStream(
                  "x".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
              java.util.Map.of(),
              "seal",
              "--app",
              names[0],
              "--env",
              names[1],
              "--microservice",
              names[2],
              "--key",
              "K",
              "--cert",
              "none.pem");
      String shown = run.err().replace("'" + names[0] + "'", "").replace("'" + names[2] + "'", "");
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(shown).contains(names[3]).doesNotContain(SECRET);
    }
  }

  /** Written where they are quoted, values and keys are shown as before. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void writtenSafeValuesAndKeysAreStillShown(String format) throws IOException {
    String probe =
        shop(
            DEV,
            "      - name: Orders\n        head:\n          image: acme/orders:1.0.0\n"
                + "          probes: { liveness: { path: \"x-"
                + SECRET
                + "!\" } }\n");
    assertThat(validate(probe, format).all()).contains("'x-" + SECRET + "!'");
    String key = shop(DEV, ORDERS + "        env: { \"x-" + SECRET + "!\": v }\n");
    assertThat(validate(key, format).all()).contains("AGX2015").contains("'x-" + SECRET + "!'");
    String name = shop(DEV, "      - name: x-" + SECRET + "!\n        head: { image: a/b:1 }\n");
    assertThat(validate(name, format).all()).contains("'x-" + SECRET + "!'");
    String agent =
        shop(
            "      - name: Field\n        edge: { agents: [node-1] }\n",
            ORDERS
                + "        runtime: none\n        environments: { Field: { agent: x-"
                + SECRET
                + " } }\n");
    assertThat(validate(agent, format).all()).contains("AGX2045").contains("'x-" + SECRET + "'");
  }

  private static final String LOWER = "s3cr3tmarker";
  private static final String GUID = "5ec0e75a-91b2-4c38-9f3f-5d7a3c1e9b20";
  private static final String DIGITS = "918273645";
  private static final String TOP = "apiVersion: aigonix/v1\ncustomer:\n  name: Acme Corp\n";
  private static final String DEV = "      - name: Dev\n";
  private static final String ORDERS =
      "      - name: Orders\n        head: { image: acme/orders:1.0.0 }\n";

  /** The anchor: a value where secrets are written (an env value). */
  private static final String PW = "        env: { CONN: &pw \"" + SECRET + "!\" }\n";

  private static final String PW_LOWER = "        env: { CONN: &pw " + LOWER + " }\n";

  /** Application Shop with these environments and microservices (YAML list items). */
  private static String shop(String environments, String microservices) {
    return TOP
        + "applications:\n  - name: Shop\n    environments:\n"
        + environments
        + "    microservices:\n"
        + microservices;
  }

  record Case(String name, String code, String secret, String yaml) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Case> CASES =
      List.of(
          // values an alias or a merge key copied into a place whose values are quoted
          new Case(
              "probe path by alias",
              "AGX2030",
              SECRET,
              shop(
                  DEV,
                  "      - name: Orders\n"
                      + PW
                      + "        head: { image: a/b:1, probes: { liveness: { path: *pw } } }\n")),
          new Case(
              "probe path by merge key",
              "AGX2030",
              SECRET,
              shop(
                  DEV,
                  "      - name: Orders\n        env: &conn { path: \""
                      + SECRET
                      + "!\" }\n        head:\n          image: acme/orders:1.0.0\n"
                      + "          probes: { liveness: { <<: *conn } }\n")),
          new Case(
              "name",
              "AGX2002",
              SECRET,
              shop(
                  DEV,
                  "      - env: { CONN: &pw \""
                      + SECRET
                      + "!\" }\n        name: *pw\n        head: { image: a/b:1 }\n")),
          new Case(
              "objectName",
              "AGX2002",
              SECRET,
              shop(DEV, ORDERS + PW + "        objectName: *pw\n")),
          new Case(
              "duplicate name",
              "AGX2001",
              SECRET,
              shop(
                  DEV,
                  "      - env: { CONN: &pw "
                      + SECRET
                      + " }\n        name: *pw\n        head: { image: a/b:1 }\n"
                      + "      - name: *pw\n        head: { image: a/c:1 }\n")),
          new Case(
              "derived name",
              "AGX2003",
              SECRET,
              shop(
                  DEV,
                  "      - env: { CONN: &pw "
                      + SECRET
                      + "a".repeat(50)
                      + " }\n        name: *pw\n        head: { image: a/b:1 }\n")),
          new Case("guid", "AGX2014", SECRET, shop(DEV, ORDERS + PW + "        id: *pw\n")),
          new Case(
              "duplicate id",
              "AGX2017",
              GUID,
              shop(
                  DEV,
                  ORDERS
                      + "        env: { API_KEY: &k "
                      + GUID
                      + " }\n        id: *k\n"
                      + "      - name: Billing\n        head: { image: a/c:1 }\n        id: *k\n")),
          new Case(
              "duplicate tenant",
              "AGX2028",
              GUID,
              TOP
                  + "applications:\n  - name: Shop\n    microservices:\n"
                  + ORDERS
                  + "        env: { API_KEY: &k "
                  + GUID
                  + " }\n    environments:\n      - name: Dev\n        tenants: [{ id: *k }, { id: *k }]\n"),
          new Case(
              "TLS secret name",
              "AGX2022",
              SECRET,
              TOP
                  + "applications:\n  - name: Shop\n    microservices:\n"
                  + ORDERS
                  + PW
                  + "    environments:\n      - name: Dev\n        tenants:\n"
                  + "          - id: 0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20\n"
                  + "            hosts: [{ host: shop.example.com, secretName: *pw }]\n"),
          new Case(
              "host",
              "AGX2021",
              SECRET,
              TOP
                  + "applications:\n  - name: Shop\n    microservices:\n"
                  + ORDERS
                  + PW
                  + "    environments:\n      - name: Dev\n        tenants:\n"
                  + "          - id: 0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20\n"
                  + "            hosts: [{ host: *pw }]\n"),
          new Case(
              "quantity",
              "AGX2019",
              SECRET,
              shop(DEV, ORDERS + PW + "        resources: { requests: { cpu: *pw } }\n")),
          new Case(
              "request above its limit",
              "AGX2020",
              DIGITS,
              shop(
                  DEV,
                  ORDERS
                      + "        env: { PIN: &pin \""
                      + DIGITS
                      + "\" }\n        resources: { requests: { cpu: *pin } }\n")),
          new Case(
              "destination server",
              "AGX2025",
              SECRET,
              shop(DEV, ORDERS + PW)
                  + "gitops:\n  argocd: { enabled: true, repoURL: https://git.example.com/a.git,"
                  + " destinationServer: *pw }\n"),
          new Case(
              "flux interval",
              "AGX2024",
              SECRET,
              shop(DEV, ORDERS + "        env: { CONN: &pw 5" + SECRET + " }\n")
                  + "gitops:\n  flux: { enabled: true, interval: *pw }\n"),
          new Case(
              "public path",
              "AGX2018",
              SECRET,
              shop(DEV, ORDERS + PW + "        public: { path: *pw }\n")),
          new Case(
              "duplicate public path",
              "AGX2008",
              SECRET,
              shop(
                  DEV,
                  ORDERS
                      + "        env: { CONN: &p /"
                      + SECRET
                      + " }\n        public: { path: *p }\n"
                      + "      - name: Billing\n        head: { image: a/c:1 }\n        public: { path: *p }\n")),
          new Case(
              "cluster",
              "AGX2034",
              SECRET,
              TOP
                  + "applications:\n  - name: Shop\n    microservices:\n"
                  + ORDERS
                  + PW
                  + "    environments:\n      - name: Dev\n        cluster: *pw\n"
                  + "gitops:\n  flux: { enabled: true }\n  clusters: { dev: { sync: flux } }\n"),
          new Case(
              "edge agent",
              "AGX2045",
              SECRET,
              shop(
                  "      - name: Field\n        edge: { agents: [node-1] }\n",
                  ORDERS
                      + PW
                      + "        runtime: none\n        environments: { Field: { agent: *pw } }\n")),
          new Case(
              "edge agent of a port conflict",
              "AGX2048",
              LOWER,
              TOP
                  + "applications:\n  - name: Shop\n    microservices:\n"
                  + ORDERS
                  + PW_LOWER
                  + "        runtime: none\n"
                  + "      - name: Billing\n        head: { image: a/c:1 }\n        runtime: none\n"
                  + "    environments:\n      - name: Field\n        edge: { agents: [*pw] }\n"),
          new Case(
              "event-horizon producer",
              "AGX2005",
              SECRET,
              shop(
                  DEV,
                  ORDERS
                      + PW
                      + "        eventHorizons:\n          - producer: { microservice: *pw }\n"
                      + "            scope: 0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20\n"
                      + "            stream: 0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b21\n")),
          new Case(
              "config file",
              "AGX2011",
              SECRET,
              shop(DEV, ORDERS + PW + "        configFiles: { a.json: { file: *pw } }\n")),
          new Case(
              "microservice name in another rule's message",
              "AGX2031",
              SECRET,
              shop(
                  DEV,
                  "      - env: { CONN: &pw "
                      + SECRET
                      + " }\n        name: *pw\n        head: { image: a/b:1 }\n"
                      + "        autoscaling: { cpu: 80 }\n")),
          new Case(
              "environment and application names in another rule's message",
              "AGX2035",
              SECRET,
              TOP
                  + "applications:\n  - microservices:\n"
                  + ORDERS
                  + "        env: { CONN: &pw "
                  + SECRET
                  + ", E: &e Dev"
                  + SECRET
                  + " }\n"
                  + "        environments: { *e : {} }\n"
                  + "    name: *pw\n    environments:\n      - name: *e\n"
                  + "gitops:\n  flux: { enabled: true }\n  clusters: { dev: { sync: flux } }\n"),
          // lint: the file has no error
          new Case(
              "unpinned image",
              "AGX5001",
              LOWER,
              shop(DEV, "      - name: Orders\n" + PW_LOWER + "        head: { image: *pw }\n")),
          new Case(
              "name of a single replica",
              "AGX5002",
              SECRET,
              shop(
                  "      - name: Prod\n",
                  "      - env: { CONN: &pw "
                      + SECRET
                      + " }\n        name: *pw\n        head: { image: a/b:1 }\n")),
          new Case(
              "version drift",
              "AGX5006",
              LOWER,
              shop(
                  DEV + "      - name: Test\n",
                  ORDERS
                      + "        env: { CONN: &pw \"acme/orders:"
                      + LOWER
                      + "\" }\n"
                      + "        environments: { Dev: {}, Test: { head: { image: *pw } } }\n")),
          new Case(
              "shared image repository",
              "AGX5008",
              LOWER,
              shop(
                  DEV,
                  "      - name: Orders\n"
                      + "        env: { CONN: &pw \""
                      + LOWER
                      + "/x:1\" }\n"
                      + "        head: { image: *pw }\n"
                      + "      - name: Billing\n        head: { image: *pw }\n")),
          // keys an alias wrote: the anchored value becomes a key
          new Case(
              "env key",
              "AGX2015",
              SECRET,
              shop(DEV, ORDERS + "        env: { CONN: &pw \"" + SECRET + "!\", *pw : x }\n")),
          new Case(
              "secret-looking env key",
              "AGX2016",
              SECRET,
              shop(DEV, ORDERS + "        env: { CONN: &pw " + SECRET + "_PASSWORD, *pw : x }\n")),
          new Case(
              "config file name",
              "AGX2026",
              SECRET,
              shop(
                  DEV,
                  ORDERS
                      + "        env: { CONN: &pw "
                      + SECRET
                      + "/x }\n"
                      + "        configFiles: { *pw : { content: x } }\n")),
          new Case(
              "environment of a microservice",
              "AGX2004",
              SECRET,
              shop(DEV, ORDERS + PW + "        environments: { *pw : {} }\n")),
          new Case(
              "secretEnv key",
              "AGX2009",
              SECRET,
              shop(DEV, ORDERS + PW + "        secretEnv: { *pw : { Dev: x } }\n")),
          new Case(
              "env key of a connection string",
              "AGX5004",
              SECRET,
              shop(
                  DEV,
                  ORDERS
                      + "        env: { CONN: &pw "
                      + SECRET
                      + ", *pw : \"mongodb://u:p@db\" }\n")),
          new Case(
              "cluster synced twice",
              "AGX2036",
              LOWER,
              TOP
                  + "applications:\n  - name: Shop\n    microservices:\n"
                  + ORDERS
                  + PW_LOWER
                  + "    environments:\n      - name: Dev\n        cluster: *pw\n"
                  + "gitops:\n  flux: { enabled: true }\n"
                  + "  argocd: { enabled: true, repoURL: https://git.example.com/a.git }\n"
                  + "  clusters: { *pw : {} }\n"),
          new Case(
              "schema: unknown property",
              "AGX1001",
              SECRET,
              shop(DEV, ORDERS + PW + "        *pw : x\n")),
          new Case(
              "schema: cluster name",
              "AGX1005",
              SECRET,
              shop(DEV, ORDERS + PW) + "gitops:\n  clusters: { *pw : { sync: flux } }\n"),
          new Case(
              "duplicate key",
              "AGX0002",
              SECRET,
              shop(DEV, ORDERS + "        env: { CONN: &pw " + SECRET + ", *pw : a, *pw : b }\n")),
          // written where secrets may be: a repository URL may hold credentials
          new Case(
              "repoURL with credentials",
              "AGX2025",
              SECRET,
              shop(DEV, ORDERS)
                  + "gitops:\n  argocd: { enabled: true, repoURL: \"https://ci:"
                  + SECRET
                  + "@git example.com/a.git\" }\n"));

  @Test
  void commentsAndValuesOfUnknownPlacesAreHiddenButKeysAndSafeValuesStay() throws IOException {
    Run run =
        validate(HEAD + "        env: { A: " + SECRET + ", 9B: x } # pw " + SECRET + "\n", "text");
    assertThat(run.err())
        .doesNotContain(SECRET)
        .contains(
            "   13 |         env: { A: <redacted>, 9B: <redacted> } # <redacted>\n"
                + "      |                               ^\n");
  }

  @Test
  void multiLineValuesAreHiddenOnEveryLine() throws IOException {
    Run run =
        validate(
            HEAD
                + "        env:\n          KEY: |\n            "
                + SECRET
                + "\n          9B: \"a\n"
                + "            "
                + SECRET
                + "\"\n",
            "text");
    assertThat(run.err()).contains("AGX2015").contains("9B: <redacted>").doesNotContain(SECRET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void applicationsAsAMappingIsDiagnosed(String format) throws IOException {
    Run run =
        validate(
            "apiVersion: aigonix/v1\ncustomer: { name: Acme }\napplications:\n  Shop: { name: "
                + SECRET
                + " }\n",
            format);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.all()).doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif", "github"})
  void microservicesAsAMappingIsDiagnosed(String format) throws IOException {
    String yaml =
        HEAD.substring(0, HEAD.indexOf("      - name: Orders"))
            + "      Orders: { env: { DB_PASSWORD: "
            + SECRET
            + " } }\n";
    Run run = validate(yaml, format);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.all()).doesNotContain("Exception").doesNotContain(SECRET);
  }

  private Run validate(String yaml, String format) throws IOException {
    Path file = dir.resolve("aigonix.yaml");
    Files.writeString(file, yaml);
    TestSupport.Run run = TestSupport.cli(dir, "validate", "--format", format);
    assertThat(run.exitCode()).as(run.out() + run.err()).isIn(0, 1);
    return new Run(run.exitCode(), run.out(), run.err());
  }

  record Run(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }
  }
}
