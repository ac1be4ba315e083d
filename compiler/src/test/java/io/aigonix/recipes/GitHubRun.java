package io.aigonix.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of docs/recipes/github-actions.yml for one event, done the way a GitHub-hosted runner
 * does it as far as this machine can: each job's steps in order, every {@code if:} and {@code ${{
 * }}} evaluated by GitHub's own expression library, each {@code run:} executed with the workflow's
 * shell ({@code bash --noprofile --norc -eo pipefail}) and the runner's files (GITHUB_PATH,
 * GITHUB_ENV, GITHUB_STEP_SUMMARY). The three actions the recipe uses cannot run here; each is
 * replaced by what it does: checkout clones the team's repository, setup-java puts this test's Java
 * 17+ on PATH, upload-sarif checks and keeps the SARIF file it would upload.
 */
final class GitHubRun {
  record Step(String name, boolean ran, int exitCode, String out, String err) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, Object> workflow;
  private final RecipeWorld world;
  private final Path tools;
  private final Map<String, Object> github;
  private final Map<String, String> secrets;
  private final Path home;
  final Path workspace;
  final List<Step> steps = new ArrayList<>();
  final List<Path> uploadedSarif = new ArrayList<>();
  String status = "success";

  GitHubRun(
      Map<String, Object> workflow,
      RecipeWorld world,
      Path tools,
      Path home,
      String event,
      String ref,
      Map<String, String> secrets) {
    this.workflow = workflow;
    this.world = world;
    this.tools = tools;
    this.home = home;
    this.workspace = home.resolve("work");
    this.github = Map.of("event_name", event, "ref", ref, "workspace", workspace.toString());
    this.secrets = secrets;
  }

  /** Runs every job; {@code overrides} replace workflow-level env values the recipe must have. */
  GitHubRun run(Map<String, String> overrides) throws Exception {
    Map<String, String> env = new LinkedHashMap<>(strings(workflow.get("env")));
    for (var o : overrides.entrySet()) {
      assertThat(env).as("the recipe's env").containsKey(o.getKey());
      env.put(o.getKey(), o.getValue());
    }
    Map<?, ?> jobs = (Map<?, ?>) workflow.get("jobs");
    for (var job : jobs.entrySet()) {
      Map<?, ?> spec = (Map<?, ?>) job.getValue();
      if (spec.get("if") == null || evaluateIf(String.valueOf(spec.get("if")), env)) {
        runJob(spec, env);
      }
    }
    return this;
  }

  private void runJob(Map<?, ?> job, Map<String, String> workflowEnv) throws Exception {
    Path temp = Files.createDirectories(home.resolve("runner-temp"));
    Files.createDirectories(workspace); // empty until checkout clones into it
    Map<String, Path> files = new LinkedHashMap<>();
    for (String f : List.of("GITHUB_PATH", "GITHUB_ENV", "GITHUB_STEP_SUMMARY", "GITHUB_OUTPUT")) {
      files.put(f, Files.writeString(temp.resolve(f.toLowerCase()), ""));
    }
    Map<String, String> env = new LinkedHashMap<>(workflowEnv);
    env.putAll(strings(job.get("env")));
    List<String> path = new ArrayList<>(List.of(world.runnerBin().toString()));
    int n = 0;
    for (Object o : (List<?>) job.get("steps")) {
      Map<?, ?> step = (Map<?, ?>) o;
      String name = String.valueOf(step.get(step.containsKey("name") ? "name" : "uses"));
      Object condition = step.get("if");
      // without an if:, a step runs only while every step before it succeeded (success())
      boolean runs =
          condition == null ? status.equals("success") : evaluateIf(String.valueOf(condition), env);
      if (!runs) {
        steps.add(new Step(name, false, 0, "", ""));
        continue;
      }
      Map<String, String> stepEnv = new LinkedHashMap<>(env);
      for (var e : strings(step.get("env")).entrySet()) {
        stepEnv.put(e.getKey(), template(e.getValue(), env));
      }
      Step result =
          step.containsKey("uses")
              ? action(name, String.valueOf(step.get("uses")), strings(step.get("with")), path, env)
              : shell(name, String.valueOf(step.get("run")), stepEnv, path, files, temp, ++n);
      steps.add(result);
      if (result.exitCode() != 0) {
        status = "failure";
      }
      absorb(files, path, env);
    }
  }

  private Step shell(
      String name,
      String script,
      Map<String, String> env,
      List<String> path,
      Map<String, Path> files,
      Path temp,
      int n)
      throws Exception {
    assertThat(script)
        .as("run: of " + name + " takes its inputs from env:, not ${{ }}")
        .doesNotContain("${{");
    Path file = Files.writeString(temp.resolve("step-" + n + ".sh"), script);
    Map<String, String> process = new LinkedHashMap<>(env);
    process.put("PATH", String.join(":", path));
    process.put("HOME", home.toString());
    process.put("CI", "true");
    process.put("GITHUB_ACTIONS", "true");
    process.put("GITHUB_EVENT_NAME", String.valueOf(github.get("event_name")));
    process.put("GITHUB_REF", String.valueOf(github.get("ref")));
    process.put("GITHUB_WORKSPACE", workspace.toString());
    process.put("RUNNER_TEMP", temp.toString());
    files.forEach((k, v) -> process.put(k, v.toString()));
    TestSupport.Run run =
        TestSupport.process(
            workspace,
            process,
            List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString()));
    return new Step(name, true, run.exitCode(), run.out(), run.err());
  }

  private Step action(
      String name,
      String uses,
      Map<String, String> with,
      List<String> path,
      Map<String, String> env)
      throws Exception {
    String action = uses.substring(0, uses.indexOf('@'));
    switch (action) {
      case "actions/checkout" -> {
        TestSupport.Run clone =
            TestSupport.process(
                home,
                Map.of("PATH", System.getenv("PATH"), "HOME", home.toString()),
                List.of("git", "clone", "-q", world.source.toString(), workspace.toString()));
        return new Step(name, true, clone.exitCode(), clone.out(), clone.err());
      }
      case "actions/setup-java" -> {
        assertThat(with).containsEntry("java-version", "17");
        Path java = Path.of(System.getProperty("java.home"));
        path.add(0, java.resolve("bin").toString());
        env.put("JAVA_HOME", java.toString());
        return new Step(name, true, 0, "", "");
      }
      case "github/codeql-action/upload-sarif" -> {
        Path sarif = workspace.resolve(with.get("sarif_file"));
        uploadedSarif.add(sarif);
        List<String> problems = sarifProblems(sarif);
        return new Step(name, true, problems.isEmpty() ? 0 : 1, "", String.join("\n", problems));
      }
      default ->
          throw new AssertionError(
              "the recipe uses an action this test cannot stand in for: " + uses);
    }
  }

  /**
   * What upload-sarif and code scanning would refuse: a file that is not SARIF 2.1.0 (the OASIS
   * schema, vendored for SarifOutputTest), or a result that does not point at a file of the
   * repository by a path relative to its root.
   */
  private List<String> sarifProblems(Path sarif) throws IOException {
    if (!Files.isRegularFile(sarif)) {
      return List.of("no file " + sarif);
    }
    JsonNode report = JSON.readTree(sarif.toFile());
    Path schema =
        TestSupport.root().resolve("compiler/src/test/resources/sarif/sarif-schema-2.1.0.json");
    List<String> problems =
        new ArrayList<>(Schemas.problems(report, JSON.readTree(schema.toFile())));
    for (JsonNode result : report.path("runs").path(0).path("results")) {
      String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
      if (uri.isEmpty() || uri.startsWith("/") || !Files.isRegularFile(workspace.resolve(uri))) {
        problems.add("a result without a file of the repository: " + result);
      }
    }
    return problems;
  }

  /** What a step wrote to GITHUB_PATH and GITHUB_ENV, for the steps after it. */
  private static void absorb(Map<String, Path> files, List<String> path, Map<String, String> env)
      throws IOException {
    List<String> added = Files.readAllLines(files.get("GITHUB_PATH"));
    for (String dir : added) {
      if (!dir.isBlank()) {
        path.add(0, dir.strip());
      }
    }
    for (String line : Files.readAllLines(files.get("GITHUB_ENV"))) {
      assertThat(line).as("GITHUB_ENV lines this test reads").contains("=").doesNotContain("<<");
      env.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
    }
    Files.writeString(files.get("GITHUB_PATH"), "");
    Files.writeString(files.get("GITHUB_ENV"), "");
  }

  String summary() throws IOException {
    return Files.readString(home.resolve("runner-temp/github_step_summary"));
  }

  Step step(String name) {
    return steps.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private boolean evaluateIf(String expression, Map<String, String> env) throws Exception {
    String result = node("if", expression, env);
    assertThat(result).isIn("true", "false");
    return result.equals("true");
  }

  private String template(String value, Map<String, String> env) throws Exception {
    return value.contains("${{") ? node("template", value, env) : value;
  }

  private String node(String command, String argument, Map<String, String> env) throws Exception {
    Path contexts = Files.createTempFile(home, "contexts", ".json");
    JSON.writeValue(
        contexts.toFile(),
        Map.of("github", github, "secrets", secrets, "env", env, "status", status));
    TestSupport.Run run =
        TestSupport.process(
            tools,
            Map.of("PATH", System.getenv("PATH")),
            List.of(
                "bash",
                "-c",
                "node github.mjs \"$0\" \"$1\" < \"$2\"",
                command,
                argument,
                contexts.toString()));
    Files.delete(contexts);
    assertThat(run.exitCode()).as(command + " " + argument + ": " + run.err()).isZero();
    return run.out().endsWith("\n") ? run.out().substring(0, run.out().length() - 1) : run.out();
  }

  private static Map<String, String> strings(Object map) {
    Map<String, String> out = new LinkedHashMap<>();
    if (map instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    }
    return out;
  }
}
