package io.aigonix.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigonix.Needs;
import io.aigonix.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/recipes/github-actions.yml as written: checked against SchemaStore's workflow schema,
 * actionlint and shellcheck, then run for a pull request and for pushes to main against the release
 * archive and a bare GitOps repository (see {@link GitHubRun} for what stands in for the actions).
 * Needs the release archive, so it runs in the integration-test phase of {@code mvn verify}.
 */
class GitHubActionsRecipeTest {
  static final Path RECIPE = TestSupport.root().resolve("docs/recipes/github-actions.yml");
  static final String TOKEN = "ghs_recipeTestToken7f3a";
  @TempDir Path dir;
  private RecipeWorld world;
  private Path tools;
  private Map<String, Object> workflow;
  private int runs;

  @BeforeEach
  void setUp() throws Exception {
    tools = RecipeTools.installed("to lint the workflow and evaluate its expressions");
    world = RecipeWorld.create(dir.resolve("world"), TOKEN);
    workflow = Schemas.map(RECIPE);
  }

  @AfterEach
  void stopTheServer() {
    if (world != null) {
      world.close();
    }
  }

  @Test
  void isAValidWorkflowForSchemaStoreActionlintAndShellcheck() throws Exception {
    JsonNode schema = Schemas.json(Schemas.vendored("github-workflow.json"));
    assertThat(Schemas.problems(Schemas.json(RECIPE), schema)).isEmpty();
    // the check can fail: a misspelled key is reported
    String broken = Files.readString(RECIPE).replace("runs-on:", "runs_on:");
    assertThat(Schemas.problems(Schemas.YAML.readTree(broken), schema)).isNotEmpty();

    TestSupport.Run lint =
        TestSupport.process(
            tools,
            Map.of("PATH", System.getenv("PATH")),
            List.of("node", "github.mjs", "lint", RECIPE.toString()));
    assertThat(lint.exitCode()).as(lint.err()).isZero();
    assertThat(lint.out()).as("actionlint").isEmpty();
    Path brokenFile =
        Files.writeString(
            dir.resolve("broken.yml"), broken.replace("github.event_name", "github.event_nam"));
    TestSupport.Run lintBroken =
        TestSupport.process(
            tools,
            Map.of("PATH", System.getenv("PATH")),
            List.of("node", "github.mjs", "lint", brokenFile.toString()));
    assertThat(lintBroken.out()).contains("event_nam");

    assertThat(((Map<?, ?>) ((Map<?, ?>) workflow.get("defaults")).get("run")).get("shell"))
        .isEqualTo("bash");
    Path shellcheck = Needs.program("shellcheck", "to check the workflow's run: scripts");
    for (Object job : ((Map<?, ?>) workflow.get("jobs")).values()) {
      for (Object step : (List<?>) ((Map<?, ?>) job).get("steps")) {
        Object run = ((Map<?, ?>) step).get("run");
        if (run != null) {
          Path script = Files.writeString(Files.createTempFile(dir, "run", ".sh"), run.toString());
          TestSupport.Run check =
              TestSupport.process(
                  dir,
                  Map.of("PATH", System.getenv("PATH")),
                  List.of(shellcheck.toString(), "-s", "bash", script.toString()));
          assertThat(check.exitCode()).as(run + "\n" + check.out()).isZero();
        }
      }
    }
  }

  @Test
  void aPullRequestValidatesUploadsSarifAndDiffsWithoutPublishing() throws Exception {
    GitHubRun pr = run("pull_request", "refs/pull/7/merge");
    assertThat(pr.status).as(log(pr)).isEqualTo("success");
    assertThat(pr.step("Install aigonix").ran()).isTrue();
    JsonNode sarif = sarif(pr);
    assertThat(sarif.path("runs").get(0).path("tool").path("driver").path("name").asText())
        .isEqualTo("aigonix");
    assertThat(pr.step("Diff against the GitOps repository").out()).startsWith("Plan:\n");
    assertThat(pr.summary())
        .startsWith("## aigonix diff\n\n```diff\nPlan:\n")
        .contains("  Prod/Orders: added\n", "+++ b/webshop/prod/")
        .endsWith("```\n");
    assertThat(pr.step("Publish to the GitOps repository").ran()).isFalse();
    assertThat(world.gitopsHead()).isEmpty();
    assertNoToken(pr);
  }

  @Test
  void aPushToMainPublishesTheGoldenTreeOnceAndThenAPullRequestShowsTheChange() throws Exception {
    GitHubRun push = run("push", "refs/heads/main");
    assertThat(push.status).as(log(push)).isEqualTo("success");
    assertThat(push.step("Diff against the GitOps repository").ran()).isFalse();
    assertThat(push.step("Publish to the GitOps repository").out()).matches("[0-9a-f]{40}\n");
    world.assertPublishedTheGoldenTree();
    var head = world.gitopsHead();

    GitHubRun again = run("push", "refs/heads/main");
    assertThat(again.step("Publish to the GitOps repository").out())
        .as(log(again))
        .isEqualTo("no changes\n");
    assertThat(world.gitopsHead()).isEqualTo(head);

    world.changeSource("orders:1.2.0", "orders:1.3.0");
    GitHubRun pr = run("pull_request", "refs/pull/8/merge");
    assertThat(pr.status).as(log(pr)).isEqualTo("success");
    assertThat(pr.summary())
        .contains("Dev/Orders: head image acmecorp.azurecr.io/orders:1.2.0 → 1.3.0");
    assertThat(pr.summary()).doesNotContain("Prod/Orders");
    assertThat(world.gitopsHead()).isEqualTo(head);
    assertNoToken(push, again, pr);
  }

  @Test
  void anInvalidFileFailsTheRunAndStillUploadsItsFindings() throws Exception {
    world.changeSource("port: 80\n", "port: 80000\n");
    GitHubRun pr = run("pull_request", "refs/pull/9/merge");
    assertThat(pr.status).isEqualTo("failure");
    assertThat(pr.step("Validate").exitCode()).isEqualTo(1);
    assertThat(pr.step("Upload the findings to code scanning").ran()).isTrue();
    assertThat(pr.step("Upload the findings to code scanning").err()).isEmpty();
    assertThat(pr.step("Upload the findings to code scanning").exitCode()).isZero();
    JsonNode results = sarif(pr).path("runs").get(0).path("results");
    assertThat(results.size()).isPositive();
    assertThat(results.get(0).path("level").asText()).isEqualTo("error");
    assertThat(pr.step("Diff against the GitOps repository").ran()).isFalse();
    assertThat(pr.step("Publish to the GitOps repository").ran()).isFalse();
  }

  /** The stand-in runner itself keeps GitHub's rules for which steps run after a failure. */
  @Test
  void theRunnerSkipsStepsAfterAFailureUnlessTheirIfSaysOtherwise() throws Exception {
    Map<String, Object> failing =
        Schemas.YAML.readValue(
            String.join(
                "\n",
                "env: { MARK: x }",
                "jobs:",
                "  one:",
                "    steps:",
                "      - { name: ok, run: 'echo \"$MARK\" > \"$GITHUB_STEP_SUMMARY\"' }",
                "      - { name: fails, run: 'false' }",
                "      - { name: plain, run: 'echo never' }",
                "      - { name: on-failure, if: failure(), run: 'echo failed' }",
                "      - { name: not-cancelled, if: '${{ !cancelled() }}', run: 'echo still' }",
                "      - { name: pr-only, if: github.event_name == 'pull_request', run: 'echo pr' }",
                ""),
            Map.class);
    Path home = Files.createDirectories(dir.resolve("failing"));
    GitHubRun run =
        new GitHubRun(failing, world, tools, home, "push", "refs/heads/main", Map.of())
            .run(Map.of());
    assertThat(run.status).isEqualTo("failure");
    assertThat(run.steps)
        .extracting(GitHubRun.Step::name, GitHubRun.Step::ran)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ok", true),
            org.assertj.core.groups.Tuple.tuple("fails", true),
            org.assertj.core.groups.Tuple.tuple("plain", false),
            org.assertj.core.groups.Tuple.tuple("on-failure", true),
            org.assertj.core.groups.Tuple.tuple("not-cancelled", true),
            org.assertj.core.groups.Tuple.tuple("pr-only", false));
    assertThat(run.summary()).isEqualTo("x\n");
  }

  private GitHubRun run(String event, String ref) throws Exception {
    Path home = Files.createDirectories(dir.resolve("run-" + ++runs));
    return new GitHubRun(workflow, world, tools, home, event, ref, Map.of("GITOPS_TOKEN", TOKEN))
        .run(Map.of("AIGONIX_RELEASES", world.releasesUrl(), "GITOPS_REPO", world.gitopsUrl()));
  }

  private static JsonNode sarif(GitHubRun run) throws Exception {
    assertThat(run.uploadedSarif).hasSize(1);
    return new ObjectMapper().readTree(run.uploadedSarif.get(0).toFile());
  }

  private static void assertNoToken(GitHubRun... runs) throws Exception {
    for (GitHubRun run : runs) {
      assertThat(run.summary()).doesNotContain(TOKEN);
      for (GitHubRun.Step step : run.steps) {
        assertThat(step.out() + step.err()).doesNotContain(TOKEN);
      }
    }
  }

  private static String log(GitHubRun run) {
    StringBuilder log = new StringBuilder();
    for (GitHubRun.Step s : run.steps) {
      log.append("== ")
          .append(s.name())
          .append(s.ran() ? " exit " + s.exitCode() : " skipped")
          .append('\n');
      log.append(s.out()).append(s.err());
    }
    return log.toString();
  }
}
