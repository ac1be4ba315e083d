package io.aigonix.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/recipes/kargo.yaml: every resource valid for Kargo's CRDs (strictly: unknown fields are
 * errors), the Stages wired to the Warehouse and the PromotionTask, and each Stage's promotion done
 * step by step on real repositories: git-clone, yaml-update (as {@link YamlUpdate} does it),
 * git-commit and git-push with git, then the CI recipe's publish. Kargo's controller itself does
 * not run here.
 */
class KargoRecipeTest {
  static final Path RECIPE = TestSupport.root().resolve("docs/recipes/kargo.yaml");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");
  @TempDir Path dir;

  @Test
  void everyResourceIsValidForKargosCrds() throws Exception {
    List<JsonNode> documents = Schemas.documents(RECIPE);
    assertThat(documents)
        .extracting(d -> d.path("kind").asText())
        .containsExactly("Project", "Warehouse", "PromotionTask", "Stage", "Stage");
    for (JsonNode document : documents) {
      assertThat(document.path("apiVersion").asText()).isEqualTo("kargo.akuity.io/v1alpha1");
      assertThat(Schemas.problems(document, crd(document)))
          .as(document.path("kind").asText())
          .isEmpty();
    }
    // each step's config against the schema Kargo checks it with (here before its expressions are
    // evaluated: every field the recipe fills with an expression is a string)
    for (JsonNode step : documents.get(2).path("spec").path("steps")) {
      assertThat(Schemas.problems(step.path("config"), stepSchema(step)))
          .as(step.path("uses").asText())
          .isEmpty();
    }
    JsonNode push = documents.get(2).path("spec").path("steps").get(3).deepCopy();
    ((ObjectNode) push.path("config")).put("targetbranch", "main");
    assertThat(Schemas.problems(push.path("config"), stepSchema(push))).isNotEmpty();
    // the check can fail: a misspelled field is reported
    JsonNode stage = documents.get(3).deepCopy();
    ((ObjectNode) stage.path("spec"))
        .set("requestedFreights", stage.path("spec").path("requestedFreight"));
    assertThat(Schemas.problems(stage, crd(stage))).isNotEmpty();
  }

  @Test
  void promotingToDevThenProdChangesOnlyThatEnvironmentsImage() throws Exception {
    List<JsonNode> documents = Schemas.documents(RECIPE);
    JsonNode task = documents.get(2);
    String imageRepo =
        documents
            .get(1)
            .path("spec")
            .path("subscriptions")
            .get(0)
            .path("image")
            .path("repoURL")
            .asText();
    Path source = dir.resolve("source.git");
    Path gitops = dir.resolve("gitops.git");
    Path team = TestSupport.copySample("webshop", dir.resolve("team"));
    git(dir, "init", "-q", "--bare", "-b", "main", source.toString());
    git(dir, "init", "-q", "--bare", "-b", "main", gitops.toString());
    git(team, "init", "-q", "-b", "main");
    git(team, "add", "-A");
    git(team, "commit", "-q", "-m", "webshop");
    git(team, "push", "-q", source.toString(), "main");
    publish(source);

    for (JsonNode stage : List.of(documents.get(3), documents.get(4))) {
      String name = stage.path("metadata").path("name").asText();
      JsonNode step =
          stage.path("spec").path("promotionTemplate").path("spec").path("steps").get(0);
      assertThat(step.path("task").path("name").asText())
          .isEqualTo(task.path("metadata").path("name").asText());
      assertThat(
              stage
                  .path("spec")
                  .path("requestedFreight")
                  .get(0)
                  .path("origin")
                  .path("name")
                  .asText())
          .isEqualTo(documents.get(1).path("metadata").path("name").asText());
      Map<String, String> vars = vars(task.path("spec").path("vars"), step.path("vars"));
      vars.put("repoURL", source.toString()); // the one value a user sets to their repository

      promote(task, vars, dir.resolve("promotion-" + name), "1.3.0");
      JsonNode plan = diff(source);
      assertThat(plan).as(name).hasSize(1);
      String environment = name.equals("dev") ? "Dev" : "Prod";
      assertThat(plan.get(0).path("environment").asText()).isEqualTo(environment);
      assertThat(plan.get(0).path("microservice").asText()).isEqualTo("Orders");
      assertThat(plan.get(0).path("details").get(0).asText())
          .startsWith("head image " + imageRepo + ":")
          .endsWith(" → 1.3.0");
      publish(source);
      assertThat(diff(source)).isEmpty();
    }
    // yaml-update changes existing keys only: Dev has no head.image override of its own
    String yaml = Files.readString(TestSupport.samples().resolve("webshop/aigonix.yaml"));
    assertThatThrownBy(
            () ->
                YamlUpdate.apply(
                    yaml, "applications.0.microservices.0.environments.Dev.head.image", "x"))
        .hasMessageContaining("yaml-update would fail");
    assertThat(
            documents
                .get(4)
                .path("spec")
                .path("requestedFreight")
                .get(0)
                .path("sources")
                .path("stages"))
        .extracting(JsonNode::asText)
        .containsExactly("dev");
  }

  /** The PromotionTask's steps, in order, with git and {@link YamlUpdate}. */
  private static void promote(JsonNode task, Map<String, String> vars, Path workspace, String tag)
      throws Exception {
    Files.createDirectories(workspace);
    Map<String, String> commitMessages = new LinkedHashMap<>();
    for (JsonNode step : task.path("spec").path("steps")) {
      JsonNode config = step.path("config");
      switch (step.path("uses").asText()) {
        case "git-clone" -> {
          JsonNode checkout = config.path("checkout").get(0);
          git(
              workspace,
              "clone",
              "-q",
              "-b",
              eval(checkout.path("branch").asText(), vars, tag, commitMessages),
              eval(config.path("repoURL").asText(), vars, tag, commitMessages),
              checkout.path("path").asText());
        }
        case "yaml-update" -> {
          Path file =
              workspace.resolve(eval(config.path("path").asText(), vars, tag, commitMessages));
          StringBuilder message = new StringBuilder("Updated " + workspace.relativize(file) + "\n");
          String yaml = Files.readString(file);
          for (JsonNode update : config.path("updates")) {
            String key = eval(update.path("key").asText(), vars, tag, commitMessages);
            String value = eval(update.path("value").asText(), vars, tag, commitMessages);
            assertThat(YamlUpdate.get(yaml, key)).startsWith(vars.get("imageRepo") + ":");
            yaml = YamlUpdate.apply(yaml, key, value);
            message.append("\n- ").append(key).append(": ").append(value);
          }
          Files.writeString(file, yaml);
          commitMessages.put(step.path("as").asText(), message.toString());
        }
        case "git-commit" -> {
          Path tree = workspace.resolve(config.path("path").asText());
          git(
              tree,
              "commit",
              "-q",
              "-a",
              "-m",
              eval(config.path("message").asText(), vars, tag, commitMessages));
        }
        case "git-push" ->
            git(workspace.resolve(config.path("path").asText()), "push", "-q", "origin", "HEAD");
        default -> throw new AssertionError("a step this test does not do: " + step.path("uses"));
      }
    }
  }

  /**
   * The expressions the recipe uses: vars.X, imageFrom(vars.X).Tag,
   * task.outputs['a'].commitMessage.
   */
  private static String eval(
      String text, Map<String, String> vars, String tag, Map<String, String> messages) {
    Matcher m = EXPRESSION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String value;
      if (e.matches("vars\\.\\w+")) {
        value = vars.get(e.substring(5));
      } else if (e.matches("imageFrom\\(vars\\.\\w+\\)\\.Tag")) {
        assertThat(vars).containsKey(e.substring(15, e.indexOf(')')));
        value = tag;
      } else if (e.matches("task\\.outputs\\['[\\w-]+'\\]\\.commitMessage")) {
        value = messages.get(e.substring(14, e.indexOf("']")));
      } else {
        throw new AssertionError("an expression this test does not evaluate: " + e);
      }
      assertThat(value).as(e).isNotNull();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  private static Map<String, String> vars(JsonNode defaults, JsonNode given) {
    Map<String, String> vars = new LinkedHashMap<>();
    for (JsonNode v : defaults) {
      vars.put(v.path("name").asText(), v.has("value") ? v.path("value").asText() : null);
    }
    for (JsonNode v : given) {
      assertThat(vars)
          .as("the task declares " + v.path("name"))
          .containsKey(v.path("name").asText());
      vars.put(v.path("name").asText(), v.path("value").asText());
    }
    vars.forEach((k, v) -> assertThat(v).as("the task's var " + k + " has a value").isNotNull());
    return vars;
  }

  /** What the CI recipe does on the push Kargo made: publish from a fresh clone of main. */
  private void publish(Path source) throws Exception {
    Path clone = checkout(source);
    TestSupport.Run run =
        TestSupport.cli(
            clone, "publish", "--repo", dir.resolve("gitops.git").toString(), "--branch", "main");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private JsonNode diff(Path source) throws Exception {
    Path clone = checkout(source);
    TestSupport.Run run =
        TestSupport.cli(
            clone,
            "diff",
            "--repo",
            dir.resolve("gitops.git").toString(),
            "--branch",
            "main",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out()).path("plan");
  }

  private int clones;

  private Path checkout(Path source) throws Exception {
    Path clone = dir.resolve("ci-" + ++clones);
    Git.cloneRepository()
        .setURI(source.toUri().toString())
        .setDirectory(clone.toFile())
        .call()
        .close();
    return clone;
  }

  private static JsonNode stepSchema(JsonNode step) throws Exception {
    return Schemas.json(
        Schemas.vendored("kargo-step-" + step.path("uses").asText() + "-config.json"));
  }

  private static JsonNode crd(JsonNode document) throws Exception {
    String plural = document.path("kind").asText().toLowerCase() + "s";
    return Schemas.crd(Schemas.vendored("kargo.akuity.io_" + plural + ".yaml"), "v1alpha1");
  }

  private static void git(Path cwd, String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of("git", "-c", "user.name=Kargo", "-c", "user.email=kargo@example.com"));
    command.addAll(List.of(args));
    TestSupport.Run run =
        TestSupport.process(
            cwd, Map.of("PATH", System.getenv("PATH"), "HOME", cwd.toString()), command);
    assertThat(run.exitCode()).as(String.join(" ", command) + "\n" + run.err()).isZero();
  }
}
