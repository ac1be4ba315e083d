package io.aigonix.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import io.aigonix.cli.ExitCodes;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publish over http:// through the CLI, with the real compiler, to the real {@code git
 * http-backend} behind a server that wants a token: the token comes from {@code AIGONIX_GIT_TOKEN}
 * and never shows.
 */
class HttpPublishTest {
  private static final String TOKEN = "tok-3f9a1c-never-printed";

  @Test
  void publishesWithTheTokenFromTheEnvironment(@TempDir Path tmp) throws Exception {
    Path bare = GitCli.initBare(tmp.resolve("gitops.git"));
    try (HttpGitServer server = new HttpGitServer(tmp, "x-access-token", TOKEN)) {
      TestSupport.Run first = publish(server.url("gitops.git"), Map.of("AIGONIX_GIT_TOKEN", TOKEN));
      assertThat(first.exitCode()).as(first.err()).isZero();
      TestSupport.Run second =
          publish(server.url("gitops.git"), Map.of("AIGONIX_GIT_TOKEN", TOKEN));
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(second.out() + second.err()).contains("no changes").doesNotContain(TOKEN);
    }
    assertThat(GitCli.run(bare, "rev-list", "--count", "main").trim()).isEqualTo("1");
    assertThat(GitCli.run(bare, "ls-tree", "-r", "--name-only", "main"))
        .contains("clusters/prod/webshop/dev/deployment-dev-orders.yaml\n");
    GitCli.run(bare, "fsck", "--strict");
  }

  @Test
  void aWrongTokenFailsWithoutShowingIt(@TempDir Path tmp) throws Exception {
    Path bare = GitCli.initBare(tmp.resolve("gitops.git"));
    try (HttpGitServer server = new HttpGitServer(tmp, "x-access-token", TOKEN)) {
      TestSupport.Run run =
          publish(server.url("gitops.git"), Map.of("AIGONIX_GIT_TOKEN", "wrong-" + TOKEN));
      assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
      assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    }
    assertThat(GitCli.run(bare, "for-each-ref")).isEmpty();
  }

  private static TestSupport.Run publish(String url, Map<String, String> env) {
    return TestSupport.cli(
        TestSupport.root(),
        new ByteArrayInputStream(new byte[0]),
        env,
        "publish",
        "-f",
        "samples/webshop/aigonix.yaml",
        "--repo",
        url,
        "--branch",
        "main");
  }
}
