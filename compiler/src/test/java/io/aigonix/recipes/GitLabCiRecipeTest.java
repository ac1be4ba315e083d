package io.aigonix.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigonix.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/recipes/gitlab-ci.yml as written: valid for GitLab's ci.json, and run by gitlab-ci-local for
 * a merge request and for pushes to the default branch, against the release archive and a bare
 * GitOps repository. Needs the release archive: integration-test phase of {@code mvn verify}.
 */
class GitLabCiRecipeTest {
  static final Path RECIPE = TestSupport.root().resolve("docs/recipes/gitlab-ci.yml");
  static final String TOKEN = "glpat-recipeTestToken42";
  @TempDir Path dir;
  private RecipeWorld world;
  private Path tools;
  private int runs;

  @BeforeEach
  void setUp() throws Exception {
    tools = RecipeTools.installed("to run the GitLab CI recipe with gitlab-ci-local");
    world = RecipeWorld.create(dir.resolve("world"), TOKEN);
    Files.copy(RECIPE, world.source.resolve(".gitlab-ci.yml"));
    world.commitSource("CI");
  }

  @AfterEach
  void stopTheServer() {
    if (world != null) {
      world.close();
    }
  }

  @Test
  void isValidForGitLabsSchema() throws Exception {
    JsonNode schema = Schemas.json(Schemas.vendored("gitlab-ci.json"));
    assertThat(Schemas.problems(Schemas.json(RECIPE), schema)).isEmpty();
    String broken =
        Files.readString(RECIPE)
            .replace("expire_in: 30 days", "expire_in: 30 days\n    when_always: true");
    assertThat(Schemas.problems(Schemas.YAML.readTree(broken), schema)).isNotEmpty();
  }

  @Test
  void aMergeRequestValidatesAndDiffsWithoutPublishing() throws Exception {
    GitLabPipeline mr = pipeline("merge_request_event");
    assertThat(mr.exitCode).as(mr.log).isZero();
    assertThat(mr.jobs)
        .containsEntry("aigonix-validate", "on_success")
        .containsEntry("aigonix-diff", "on_success")
        .containsEntry("aigonix-publish", "never");
    assertThat(sarif(mr).path("runs").get(0).path("results")).isEmpty();
    assertThat(Files.readString(mr.artifact("aigonix-diff", "aigonix.diff")))
        .startsWith("Plan:\n")
        .contains("  Prod/Orders: added\n");
    assertThat(mr.jobLog("aigonix-diff")).contains("Files: 53 added, 0 changed, 0 removed");
    assertThat(world.gitopsHead()).isEmpty();
    assertThat(mr.log).doesNotContain(TOKEN);
  }

  @Test
  void aPushToTheDefaultBranchPublishesOnceThenAMergeRequestShowsTheChange() throws Exception {
    GitLabPipeline push = pipeline("push");
    assertThat(push.exitCode).as(push.log).isZero();
    assertThat(push.jobs)
        .containsEntry("aigonix-diff", "never")
        .containsEntry("aigonix-publish", "on_success");
    world.assertPublishedTheGoldenTree();
    var head = world.gitopsHead();

    GitLabPipeline again = pipeline("push");
    assertThat(again.exitCode).as(again.log).isZero();
    assertThat(again.jobLog("aigonix-publish")).contains("no changes");
    assertThat(world.gitopsHead()).isEqualTo(head);

    world.changeSource("orders:1.2.0", "orders:1.3.0");
    GitLabPipeline mr = pipeline("merge_request_event");
    assertThat(mr.exitCode).as(mr.log).isZero();
    assertThat(Files.readString(mr.artifact("aigonix-diff", "aigonix.diff")))
        .contains("Dev/Orders: head image acmecorp.azurecr.io/orders:1.2.0 → 1.3.0")
        .doesNotContain("Prod/Orders");
    assertThat(world.gitopsHead()).isEqualTo(head);
    assertThat(push.log + again.log + mr.log).doesNotContain(TOKEN);
  }

  @Test
  void anInvalidFileFailsThePipelineAndKeepsItsFindings() throws Exception {
    world.changeSource("port: 80\n", "port: 80000\n");
    GitLabPipeline mr = pipeline("merge_request_event");
    assertThat(mr.exitCode).as(mr.log).isNotZero();
    assertThat(mr.jobLog("aigonix-validate")).contains("error[AGX");
    JsonNode results = sarif(mr).path("runs").get(0).path("results");
    assertThat(results.size()).isPositive();
    assertThat(results.get(0).path("level").asText()).isEqualTo("error");
    assertThat(mr.artifact("aigonix-diff", "aigonix.diff")).doesNotExist();
  }

  private GitLabPipeline pipeline(String event) throws Exception {
    Path at = Files.createDirectories(dir.resolve("pipeline-" + ++runs));
    return GitLabPipeline.run(
        world,
        tools,
        at,
        event,
        Map.of(
            "AIGONIX_RELEASES", world.releasesUrl(),
            "GITOPS_REPO", world.gitopsUrl(),
            "GITOPS_TOKEN", TOKEN));
  }

  private static JsonNode sarif(GitLabPipeline pipeline) throws Exception {
    return new ObjectMapper()
        .readTree(pipeline.artifact("aigonix-validate", "aigonix.sarif").toFile());
  }
}
