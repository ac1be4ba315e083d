package io.aigonix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's two pre-commit snippets, taken from the README as they are, run by the real {@code
 * pre-commit} on a temporary repository: the hook passes the valid sample and stops on an invalid
 * aigonix.yaml in a sub-folder. {@code aigonix} is the compiler of this build (the test class
 * path), so no Maven build runs inside the test.
 */
class PreCommitTest {
  @TempDir Path dir;
  private Path preCommit;
  private Path project;
  private Map<String, String> env;

  @BeforeEach
  void project() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    standIn(bin.resolve("aigonix"));
    env = new HashMap<>(System.getenv());
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
    env.put("PRE_COMMIT_HOME", dir.resolve("pre-commit-cache").toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    for (String who : List.of("AUTHOR", "COMMITTER")) {
      env.put("GIT_" + who + "_NAME", "Test");
      env.put("GIT_" + who + "_EMAIL", "test@example.com");
    }
    project = TestSupport.copySample("webshop", dir.resolve("project"));
    git(project, "init", "-q");
  }

  @Test
  void theLocalHookWithAigonixOnPath() throws Exception {
    needPreCommit();
    Files.writeString(project.resolve(".pre-commit-config.yaml"), snippets().get(0));
    assertHookPassesTheSampleAndStopsAnError();
  }

  @Test
  void theRemoteHookFromACommitOfTheAigonixRepository() throws Exception {
    needPreCommit();
    Path hooks = Files.createDirectories(dir.resolve("aigonix-repo"));
    Files.copy(
        TestSupport.root().resolve(".pre-commit-hooks.yaml"),
        hooks.resolve(".pre-commit-hooks.yaml"));
    standIn(
        hooks.resolve(
            "aigonix")); // the hook runs ./aigonix of the clone; the real launcher would build
    git(hooks, "init", "-q");
    git(hooks, "add", "-A");
    git(hooks, "commit", "-q", "-m", "hooks");
    String sha = git(hooks, "rev-parse", "HEAD").strip();
    String snippet = snippets().get(1);
    String config =
        snippet
            .replaceFirst(
                "(?m)^(\\s*- repo: ).*$", "$1" + Matcher.quoteReplacement(hooks.toString()))
            .replaceFirst("(?m)^(\\s*rev: ).*$", "$1" + sha);
    assertThat(config).isNotEqualTo(snippet).contains("rev: " + sha);
    Files.writeString(project.resolve(".pre-commit-config.yaml"), config);
    assertHookPassesTheSampleAndStopsAnError();
  }

  @Test
  void theLocalSnippetMatchesTheShippedHookDefinition() throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode local = yaml.readTree(snippets().get(0)).at("/repos/0/hooks/0");
    JsonNode shipped =
        yaml.readTree(TestSupport.root().resolve(".pre-commit-hooks.yaml").toFile()).get(0);
    for (String field : List.of("id", "name", "files")) {
      assertThat(local.get(field)).as(field).isEqualTo(shipped.get(field));
    }
    assertThat(shipped.get("entry").asText()).isEqualTo("./" + local.get("entry").asText());
    // language: script runs the clone's ./aigonix itself, so the launcher must be executable
    assertThat(shipped.get("language").asText()).isEqualTo("script");
    assertThat(Files.isExecutable(TestSupport.root().resolve("aigonix"))).isTrue();
  }

  private void needPreCommit() {
    preCommit =
        Needs.program(
            "pre-commit", "to run the README's pre-commit snippets on a temporary repository");
  }

  private void assertHookPassesTheSampleAndStopsAnError() throws Exception {
    git(project, "add", "-A");
    TestSupport.Run ok = preCommit();
    assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("aigonix validate").contains("Passed");

    Path team = Files.createDirectories(project.resolve("team"));
    Files.copy(
        TestSupport.samples().resolve("invalid-unknown-property/aigonix.yaml"),
        team.resolve("aigonix.yaml"));
    git(project, "add", "-A");
    TestSupport.Run failed = preCommit();
    assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
    assertThat(failed.out())
        .contains("Failed")
        .contains("team/aigonix.yaml:16:9: error[AGX1001]: unknown property 'replicass'");
    assertThat(
            failed
                .out()
                .lines()
                .filter(line -> line.contains(": error["))) // the valid sample has none
        .isNotEmpty()
        .allMatch(line -> line.startsWith("team/aigonix.yaml:"));
  }

  private TestSupport.Run preCommit() throws Exception {
    return TestSupport.process(project, env, List.of(preCommit.toString(), "run", "--all-files"));
  }

  /**
   * The yaml blocks of the README's Pre-commit section, in order: the local hook, then the remote
   * one.
   */
  private static List<String> snippets() throws Exception {
    String readme = Files.readString(TestSupport.root().resolve("README.md"));
    int start = readme.indexOf("\n## Pre-commit\n");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSize(2);
    return blocks;
  }

  /**
   * An {@code aigonix} that runs this build's compiler in a JVM, as the launcher would run the jar.
   */
  private static void standIn(Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        file,
        "#!/bin/sh\nexec "
            + quote(java)
            + " -cp "
            + quote(System.getProperty("java.class.path"))
            + " io.aigonix.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private String git(Path in, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    TestSupport.Run r = TestSupport.process(in, env, command);
    assertThat(r.exitCode()).as(String.join(" ", command) + ": " + r.err()).isZero();
    return r.out();
  }
}
