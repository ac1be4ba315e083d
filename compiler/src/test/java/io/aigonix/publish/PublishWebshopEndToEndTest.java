package io.aigonix.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance run, through the CLI with the real compiler and real Git: publish the
 * webshop twice (one commit), change one env var (one commit touching exactly that microservice's
 * ConfigMap and Deployment), files outside the path survive, diff shows the plan and the file diff.
 */
class PublishWebshopEndToEndTest {

  @Test
  void publishesTheWebshopIdempotentlyAndOneEnvChangeTouchesTwoFiles(@TempDir Path tmp)
      throws IOException {
    Path project = TestSupport.copySample("webshop", tmp.resolve("project"));
    Path bare = GitCli.initBare(tmp.resolve("gitops.git"));
    Path seed = tmp.resolve("seed");
    GitCli.run(tmp, "clone", "-q", bare.toString(), seed.toString());
    Files.writeString(seed.resolve("README.md"), "cluster config, partly hand-written\n");
    GitCli.run(seed, "add", "README.md");
    GitCli.run(seed, "commit", "-q", "-m", "seed");
    GitCli.run(seed, "push", "-q", "origin", "HEAD:main");

    String[] publish = {
      "publish", "-f", "project/aigonix.yaml", "--repo", bare.toString(), "--branch", "main"
    };
    TestSupport.Run first = TestSupport.cli(tmp, publish);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(commits(bare)).isEqualTo(2);
    assertThat(GitCli.run(bare, "ls-tree", "-r", "--name-only", "main"))
        .contains("README.md\n")
        .contains("clusters/prod/webshop/dev/deployment-dev-orders.yaml\n");

    TestSupport.Run second = TestSupport.cli(tmp, publish);
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out() + second.err()).contains("no changes");
    assertThat(commits(bare)).isEqualTo(2);

    replaceOnce(project.resolve("aigonix.yaml"), "LOG_LEVEL: info", "LOG_LEVEL: debug");
    TestSupport.Run third = TestSupport.cli(tmp, publish);
    assertThat(third.exitCode()).as(third.err()).isZero();
    assertThat(commits(bare)).isEqualTo(3);
    assertThat(GitCli.run(bare, "diff", "--name-only", "main~1", "main").lines().toList())
        .containsExactly(
            "clusters/prod/webshop/dev/configmap-dev-orders-env-variables.yaml",
            "clusters/prod/webshop/dev/deployment-dev-orders.yaml");
    assertThat(GitCli.run(bare, "show", "main:README.md"))
        .isEqualTo("cluster config, partly hand-written\n");
    GitCli.run(bare, "fsck", "--strict");

    replaceOnce(project.resolve("aigonix.yaml"), "LOG_LEVEL: debug", "LOG_LEVEL: trace");
    TestSupport.Run diff =
        TestSupport.cli(
            tmp,
            "diff",
            "-f",
            "project/aigonix.yaml",
            "--repo",
            bare.toString(),
            "--branch",
            "main",
            "--path",
            "clusters/prod",
            "--exit-code");
    assertThat(diff.exitCode()).as(diff.err()).isEqualTo(1);
    assertThat(diff.out())
        .contains("Dev/Orders")
        .contains("LOG_LEVEL")
        .contains("pods will roll")
        .contains("--- a/webshop/dev/configmap-dev-orders-env-variables.yaml")
        .contains("-  LOG_LEVEL: debug")
        .contains("+  LOG_LEVEL: trace");
  }

  private static int commits(Path bare) {
    return Integer.parseInt(GitCli.run(bare, "rev-list", "--count", "main").trim());
  }

  private static void replaceOnce(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }
}
