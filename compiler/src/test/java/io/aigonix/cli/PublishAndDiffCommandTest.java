package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.pipeline.Compiler;
import io.aigonix.render.OutputTree;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff and publish end to end through Main, with the webshop sample and a tree built here. */
class PublishAndDiffCommandTest {
  record Run(int code, String out, String err) {}

  @TempDir Path tmp;
  Path project;
  Path repo;
  Map<String, byte[]> files = new TreeMap<>();
  final TreeSource trees = checked -> new OutputTree(files);

  @BeforeEach
  void setUp() throws IOException {
    project = tmp.resolve("project");
    Path sample = Path.of(System.getProperty("aigonix.root", "..")).resolve("samples/webshop");
    try (Stream<Path> walk = Files.walk(sample)) {
      for (Path p : walk.toList()) {
        Path target = project.resolve(sample.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    repo = tmp.resolve("gitops.git");
    git(tmp, "init", "-q", "--bare", "-b", "main", repo.toString());
    git(repo, "config", "receive.autogc", "false");
    git(repo, "config", "gc.auto", "0");
    files.put(
        "webshop/prod/configmap-prod-orders-env-variables.yaml",
        """
        kind: ConfigMap
        metadata:
          name: prod-orders-env-variables
          labels: {application: Webshop, environment: Prod, microservice: Orders}
        data:
          LOG_LEVEL: info
        """
            .getBytes(StandardCharsets.UTF_8));
  }

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Invocation io =
        new Invocation(
            project,
            new ByteArrayInputStream(new byte[0]),
            Map.of("GIT_AUTHOR_NAME", "CI Bot", "GIT_AUTHOR_EMAIL", "ci@example.com"),
            new PrintWriter(out),
            new PrintWriter(err),
            Instant.parse("2026-03-01T10:00:00Z"));
    int code = Main.run(io, new Compiler(), trees, args);
    return new Run(code, out.toString(), err.toString());
  }

  static String git(Path dir, String... args) {
    List<String> cmd =
        new ArrayList<>(List.of("git", "-c", "user.name=T", "-c", "user.email=t@example.com"));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(out).isZero();
      return out;
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void publishesToGitopsPathOnceWithProvenanceTrailers() throws IOException {
    git(project, "init", "-q", "-b", "main");
    git(project, "add", "-A");
    git(project, "commit", "-q", "-m", "source");
    String sourceHead = git(project, "rev-parse", "HEAD").trim();

    Run first = run("publish", "--repo", repo.toString(), "--branch", "gitops");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out().trim()).isEqualTo(git(repo, "rev-parse", "gitops").trim());
    assertThat(git(repo, "ls-tree", "-r", "--name-only", "gitops"))
        .isEqualTo("clusters/prod/webshop/prod/configmap-prod-orders-env-variables.yaml\n");
    assertThat(
            git(
                    repo,
                    "log",
                    "-1",
                    "--format=%an|%(trailers:key=Source-Commit,valueonly,separator=)|%(trailers:key=Source-Path,valueonly,separator=)",
                    "gitops")
                .trim())
        .isEqualTo("CI Bot|" + sourceHead + "|aigonix.yaml");

    Run again = run("publish", "--repo", repo.toString(), "--branch", "gitops");
    assertThat(again.out()).isEqualTo("no changes\n");
    assertThat(git(repo, "rev-list", "--count", "gitops").trim()).isEqualTo("1");

    Files.writeString(
        project.resolve("aigonix.yaml"),
        Files.readString(project.resolve("aigonix.yaml")) + "\n# edited\n");
    files.put(
        "webshop/prod/extra.yaml",
        "kind: ConfigMap\nmetadata: {name: extra}\n".getBytes(StandardCharsets.UTF_8));
    Run dirty =
        run(
            "publish",
            "--repo",
            repo.toString(),
            "--branch",
            "gitops",
            "--path",
            "elsewhere",
            "--message",
            "Roll out");
    assertThat(dirty.code()).as(dirty.err()).isZero();
    assertThat(dirty.err())
        .contains("warning: --path elsewhere is not gitops.path (clusters/prod)");
    assertThat(
            git(
                    repo,
                    "log",
                    "-1",
                    "--format=%s|%(trailers:key=Source-Commit,valueonly,separator=)",
                    "gitops")
                .trim())
        .isEqualTo("Roll out|" + sourceHead + "-dirty");
    git(repo, "fsck", "--strict");
  }

  @Test
  void diffAgainstADirectoryAndABranch() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("webshop/prod"));
    Files.writeString(
        out.resolve("webshop/prod/configmap-prod-orders-env-variables.yaml"),
        """
        kind: ConfigMap
        metadata:
          name: prod-orders-env-variables
          labels: {application: Webshop, environment: Prod, microservice: Orders}
        data:
          LOG_LEVEL: debug
        """);
    Run changed = run("diff", "--against", out.toString(), "--exit-code");
    assertThat(changed.code()).isEqualTo(1);
    assertThat(changed.out())
        .startsWith(
            "Plan:\n  Prod/Orders: env LOG_LEVEL changed\nFiles: 0 added, 1 changed, 0 removed\n\n"
                + "--- a/webshop/prod/configmap-prod-orders-env-variables.yaml\n+++ b/webshop/prod/configmap-prod-orders-env-variables.yaml\n");
    assertThat(run("diff", "--against", out.toString()).code()).isZero();

    Run json = run("diff", "--against", out.toString(), "--format", "json");
    assertThat(json.out())
        .contains("\"changed\" : [ \"webshop/prod/configmap-prod-orders-env-variables.yaml\" ]");

    assertThat(run("publish", "--repo", repo.toString(), "--branch", "main").code()).isZero();
    Run same = run("diff", "--repo", repo.toString(), "--branch", "main", "--exit-code");
    assertThat(same.code()).as(same.err()).isZero();
    assertThat(same.out()).isEqualTo("No changes.\n");
    Run other =
        run(
            "diff",
            "--repo",
            repo.toString(),
            "--branch",
            "main",
            "--path",
            "nowhere",
            "--exit-code");
    assertThat(other.code()).isEqualTo(1);
    assertThat(other.out()).contains("Prod/Orders: added");
  }

  @Test
  void usageAndGitFailuresHaveTheirExitCodes() {
    assertThat(run("diff").code()).isEqualTo(2);
    assertThat(run("diff", "--repo", repo.toString()).code()).isEqualTo(2);
    assertThat(run("publish", "--branch", "main").code()).isEqualTo(2);
    Run missing = run("publish", "--repo", tmp.resolve("nope").toString(), "--branch", "main");
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).contains("no repository at");
    Run secret =
        run("publish", "--repo", "http://bob:s3cr3t-token@127.0.0.1:9/x.git", "--branch", "main");
    assertThat(secret.code()).isEqualTo(3);
    assertThat(secret.err()).doesNotContain("s3cr3t-token");
  }
}
