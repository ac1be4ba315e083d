package io.aigonix.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.Needs;
import io.aigonix.TestSupport;
import io.aigonix.cli.ExitCodes;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.junit.ssh.SshTestGitServer;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publish over ssh:// through the CLI, with the real compiler, to JGit's test SSH git server
 * (Apache MINA sshd) on 127.0.0.1, with keys made by the real ssh-keygen: the key comes from {@code
 * AIGONIX_SSH_KEY}, the host must be in {@code AIGONIX_SSH_KNOWN_HOSTS}.
 */
class SshPublishTest {
  @TempDir Path tmp;
  private Repository served;
  private SshTestGitServer server;
  private int port;
  private Path bare;
  private Path keygen;

  @BeforeEach
  void startServer() throws Exception {
    keygen =
        Needs.program("ssh-keygen", "to make the client and host keys of the ssh:// publish test");
    bare = GitCli.initBare(tmp.resolve("gitops.git"));
    keygen("user");
    keygen("host");
    served = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
    server =
        new SshTestGitServer(
            "git", tmp.resolve("user.pub"), served, Files.readAllBytes(tmp.resolve("host")));
    port = server.start();
  }

  @AfterEach
  void stopServer() throws Exception {
    if (server != null) { // null when the test was skipped
      server.stop();
      served.close();
    }
  }

  @Test
  void publishesOverSshWithTheConfiguredKeyAndKnownHosts() throws Exception {
    String hostKey = Files.readString(tmp.resolve("host.pub")).trim();
    Files.writeString(tmp.resolve("known_hosts"), "[127.0.0.1]:" + port + " " + hostKey + "\n");
    TestSupport.Run run =
        publish(
            Map.of(
                "HOME", tmp.toString(),
                "AIGONIX_SSH_KEY", tmp.resolve("user").toString(),
                "AIGONIX_SSH_KNOWN_HOSTS", tmp.resolve("known_hosts").toString()));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(GitCli.run(bare, "ls-tree", "-r", "--name-only", "main"))
        .contains("clusters/prod/webshop/prod/deployment-prod-orders.yaml\n");
    GitCli.run(bare, "fsck", "--strict");
  }

  @Test
  void anUnknownHostIsRejected() throws Exception {
    Files.writeString(tmp.resolve("known_hosts"), "");
    TestSupport.Run run =
        publish(
            Map.of(
                "HOME", tmp.toString(),
                "AIGONIX_SSH_KEY", tmp.resolve("user").toString(),
                "AIGONIX_SSH_KNOWN_HOSTS", tmp.resolve("known_hosts").toString()));

    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
    assertThat(run.out() + run.err()).doesNotContain("PRIVATE KEY");
    assertThat(GitCli.run(bare, "for-each-ref")).isEmpty();
  }

  private TestSupport.Run publish(Map<String, String> env) {
    String url = "ssh://git@127.0.0.1:" + port + "/gitops.git";
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

  private void keygen(String name) {
    GitCli.runCommand(
        tmp,
        keygen.toString(),
        "-q",
        "-t",
        "ed25519",
        "-N",
        "",
        "-C",
        name,
        "-f",
        tmp.resolve(name).toString());
  }
}
