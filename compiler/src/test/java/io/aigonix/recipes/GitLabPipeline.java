package io.aigonix.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigonix.Needs;
import io.aigonix.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One pipeline of docs/recipes/gitlab-ci.yml run by gitlab-ci-local (GitLab's rules, variables,
 * stages, before_script and artifacts, with the file checked against GitLab's schema) in a fresh
 * clone of the team's repository. Its jobs run in the shell executor, on this machine, not in the
 * recipe's image: their PATH has only the image's few programs, and this test's Java for the
 * image's.
 */
final class GitLabPipeline {
  final int exitCode;
  final String log;
  final Path checkout;

  /** Job name to its "when" for this pipeline ("never": not in it). */
  final Map<String, String> jobs = new TreeMap<>();

  private GitLabPipeline(int exitCode, String log, Path checkout) {
    this.exitCode = exitCode;
    this.log = log;
    this.checkout = checkout;
  }

  /**
   * Runs the pipeline GitLab would run for {@code event} ("merge_request_event" or "push" to the
   * default branch) with {@code variables} as CI/CD variables.
   */
  static GitLabPipeline run(
      RecipeWorld world, Path tools, Path dir, String event, Map<String, String> variables)
      throws Exception {
    Needs.program("rsync", "which gitlab-ci-local copies the checkout with");
    Path checkout = dir.resolve("checkout");
    Path home = Files.createDirectories(dir.resolve("home"));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));
    env.put("HOME", home.toString());
    env.put("TMPDIR", tmp.toString());
    TestSupport.Run clone =
        TestSupport.process(
            dir, env, List.of("git", "clone", "-q", world.source.toString(), checkout.toString()));
    assertThat(clone.exitCode()).as(clone.err()).isZero();
    // gitlab-ci-local derives the project's CI_ variables from origin (never contacted)
    TestSupport.process(
        checkout,
        env,
        List.of(
            "git", "remote", "set-url", "origin", "https://gitlab.example.com/acme/webshop.git"));

    List<String> command =
        new ArrayList<>(
            List.of(
                tools.resolve("node_modules/.bin/gitlab-ci-local").toString(),
                "--force-shell-executor",
                "--json-schema-validation"));
    Map<String, String> all = new LinkedHashMap<>(variables);
    // the jobs' PATH: what the recipe's image has (a shell, curl, tar, coreutils and Java), no more
    all.put("PATH", world.runnerBin() + ":" + Path.of(System.getProperty("java.home"), "bin"));
    all.put("CI_PIPELINE_SOURCE", event);
    if (event.equals("merge_request_event")) {
      // merge request pipelines have no CI_COMMIT_BRANCH in GitLab
      all.put("CI_COMMIT_BRANCH", "");
      all.put("CI_MERGE_REQUEST_IID", "7");
    }
    all.forEach((k, v) -> command.addAll(List.of("--variable", k + "=" + v)));
    command.addAll(List.of("--ignore-predefined-vars", "CI_PIPELINE_SOURCE,CI_COMMIT_BRANCH"));

    List<String> list = new ArrayList<>(command);
    list.add("--list-json");
    TestSupport.Run listed = TestSupport.process(checkout, env, list);
    assertThat(listed.exitCode()).as(listed.out() + listed.err()).isZero();
    TestSupport.Run run = TestSupport.process(checkout, env, command);
    GitLabPipeline pipeline = new GitLabPipeline(run.exitCode(), run.out() + run.err(), checkout);
    String json = listed.out().substring(listed.out().indexOf("\n[") + 1);
    for (JsonNode job : new ObjectMapper().readTree(json)) {
      pipeline.jobs.put(job.path("name").asText(), job.path("when").asText());
    }
    return pipeline;
  }

  Path artifact(String job, String file) {
    return checkout.resolve(".gitlab-ci-local/artifacts").resolve(job).resolve(file);
  }

  String jobLog(String job) throws Exception {
    return Files.readString(checkout.resolve(".gitlab-ci-local/output").resolve(job + ".log"));
  }
}
