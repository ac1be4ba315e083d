package io.aigonix.publish;

import static io.aigonix.publish.GitCli.request;
import static io.aigonix.publish.GitCli.run;
import static io.aigonix.publish.GitCli.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Pushes over git:// to a real {@code git daemon} started for this class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePublishTest {
  private Path base;
  private Process daemon;
  private int port;

  @BeforeAll
  void startDaemon() throws Exception {
    base = Files.createTempDirectory("aigonix-daemon-");
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    daemon =
        new ProcessBuilder(
                "git",
                "daemon",
                "--reuseaddr",
                "--base-path=" + base,
                "--export-all",
                "--enable=receive-pack",
                "--listen=127.0.0.1",
                "--port=" + port,
                base.toString())
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("daemon.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        break;
      } catch (java.io.IOException notYet) {
        if (System.nanoTime() > deadline || !daemon.isAlive()) {
          throw new IllegalStateException(
              "git daemon did not start: " + Files.readString(base.resolve("daemon.log")));
        }
        Thread.sleep(50);
      }
    }
  }

  @AfterAll
  void stopDaemon() throws Exception {
    daemon.destroy();
    if (!daemon.waitFor(5, TimeUnit.SECONDS)) {
      daemon.destroyForcibly();
    }
    GitPublisher.deleteQuietly(base);
  }

  private Path newRemote(String name) {
    return GitCli.initBare(base.resolve(name + ".git"));
  }

  private String url(String name) {
    return "git://127.0.0.1:" + port + "/" + name + ".git";
  }

  private PublishResult publish(String repo, PublishRequest request) throws PublishException {
    return new GitPublisher(Retry.DEFAULT, Map.of())
        .publish(RepoLocation.parse(repo, base), false, request);
  }

  @Test
  void pushesOverGitProtocolOnlyWhenSomethingChanged() throws Exception {
    Path remote = newRemote("plain");
    PublishResult first =
        publish(url("plain"), request(tree("a/b.yaml", "1\n"), "gitops", "clusters/prod"));
    PublishResult again =
        publish(url("plain"), request(tree("a/b.yaml", "1\n"), "gitops", "clusters/prod"));
    PublishResult third =
        publish(url("plain"), request(tree("a/b.yaml", "2\n"), "gitops", "clusters/prod"));

    assertThat(first.changed()).isTrue();
    assertThat(again.changed()).isFalse();
    assertThat(third.previous()).isEqualTo(first.commit());
    assertThat(run(remote, "rev-parse", "gitops").trim()).isEqualTo(third.commit().name());
    assertThat(run(remote, "rev-list", "--count", "gitops").trim()).isEqualTo("2");
    run(remote, "fsck", "--strict", "--no-dangling");
  }

  @Test
  void aPushThatLosesTheRaceIsRebuiltOnTheNewHead() throws Exception {
    newRemote("race");
    publish(url("race"), request(tree("seed.txt", "seed\n"), "main", "seed"));
    race("race", FetchScope.FULL, 3);
  }

  /**
   * A throw-away repository fetches only the tip commit and its trees when the server can filter,
   * and a lost race is fetched that way again.
   */
  @Test
  void aTreesOnlyShallowFetchPublishesAndRetriesWithoutTheOldFiles() throws Exception {
    Path remote = newRemote("trees");
    run(remote, "config", "uploadpack.allowFilter", "true");
    publish(url("trees"), request(tree("seed.txt", "first\n"), "main", "seed"));
    publish(url("trees"), request(tree("seed.txt", "seed\n"), "main", "seed"));
    String seedBlob = run(remote, "rev-parse", "main:seed/seed.txt").trim();

    Path scratch = race("trees", FetchScope.TIP_TREES, 4);

    try (Repository r = GitPublisher.open(scratch)) {
      assertThat(r.getObjectDatabase().has(org.eclipse.jgit.lib.ObjectId.fromString(seedBlob)))
          .isFalse();
      assertThat(r.getObjectDatabase().getShallowCommits()).isNotEmpty();
    }
  }

  /**
   * Publishes mine/mine.yaml over seed/seed.txt while an intruder publishes other/x.yaml just
   * before the first push; returns the scratch repository.
   */
  private Path race(String name, FetchScope scope, int commits) throws Exception {
    Path remote = base.resolve(name + ".git");
    RemotePublisher.BeforePush intruder =
        attempt -> {
          if (attempt == 1) {
            try (Repository r = GitPublisher.open(remote)) {
              new Publisher(Retry.DEFAULT)
                  .publish(r, request(tree("x.yaml", "intruder\n"), "main", "other"));
            } catch (PublishException e) {
              throw new java.io.IOException(e.getMessage());
            }
          }
        };
    Path scratchDir = Files.createTempDirectory(base, "scratch");
    PublishResult r;
    try (Repository scratch = ScratchRepository.create(scratchDir);
        RemoteAccess access = new RemoteAccess(RepoLocation.parse(url(name), base), Map.of())) {
      r =
          new RemotePublisher(new Retry(5, 1), scope, intruder)
              .publish(
                  scratch,
                  access,
                  "refs/heads/main",
                  request(tree("mine.yaml", "mine\n"), "main", "mine"));
    }
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(run(remote, "ls-tree", "-r", "--name-only", "main"))
        .isEqualTo("mine/mine.yaml\nother/x.yaml\nseed/seed.txt\n");
    assertThat(run(remote, "rev-list", "--count", "main").trim()).isEqualTo("" + commits);
    run(remote, "fsck", "--strict", "--no-dangling");
    return scratchDir;
  }

  @Test
  void threadsAndProcessesPushingOverGitProtocol() throws Exception {
    Path remote = newRemote("busy");
    ConcurrentPublishTest.runConcurrently(url("busy"), remote, 1);
  }

  @Test
  void localRepositoryWithPushPublishesToOriginAndFastForwards() throws Exception {
    Path remote = newRemote("origin");
    publish(url("origin"), request(tree("seed.txt", "seed\n"), "main", ""));
    Path local = base.resolve("local.git");
    run(base, "clone", "-q", "--bare", url("origin"), local.toString());
    GitCli.quiet(local);
    publish(
        url("origin"),
        request(tree("later.txt", "someone else\n"), "main", "later")); // origin moves on

    PublishResult r =
        new GitPublisher(Retry.DEFAULT, Map.of())
            .publish(
                RepoLocation.parse(local.toString(), base),
                true,
                request(tree("a.yaml", "a\n"), "main", "out"));
    assertThat(run(remote, "rev-parse", "main").trim()).isEqualTo(r.commit().name());
    assertThat(run(local, "rev-parse", "main").trim()).isEqualTo(r.commit().name());
    assertThat(run(remote, "ls-tree", "-r", "--name-only", "main"))
        .isEqualTo("later/later.txt\nout/a.yaml\nseed.txt\n");
  }

  @Test
  void credentialsNeverAppearInErrors() {
    Map<String, String> env = Map.of("AIGONIX_GIT_TOKEN", "tok-ABCDEF-123");
    assertThatThrownBy(
            () ->
                new GitPublisher(new Retry(1, 0), env)
                    .publish(
                        RepoLocation.parse(
                            "http://alice:hunter2-secret@127.0.0.1:" + port + "/nothing.git", base),
                        false,
                        request(tree("a", "a\n"), "main", "")))
        .isInstanceOf(PublishException.class)
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContain("hunter2")
                    .doesNotContain("tok-ABCDEF")
                    .contains("127.0.0.1"));
    assertThat(Scrubber.scrubUrls("see https://u:p@h/x and ssh://git@h/y"))
        .isEqualTo("see https://***@h/x and ssh://***@h/y");
  }
}
