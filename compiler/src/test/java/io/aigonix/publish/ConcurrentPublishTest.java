package io.aigonix.publish;

import static io.aigonix.publish.GitCli.request;
import static io.aigonix.publish.GitCli.run;
import static io.aigonix.publish.GitCli.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Threads and separate JVMs publish different trees to the same branch at once. Each writes its own
 * sub-path, so a lost update would show as a missing file at the end; every publish must also be a
 * commit of its own in the history, and the ref must always be valid.
 */
class ConcurrentPublishTest {
  static final int THREADS = 4;
  static final int PROCESSES = 3;

  @TempDir Path tmp;

  static Process launch(String repo, String branch, String path, String content, int rounds)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            PublishMain.class.getName(),
            repo,
            branch,
            path,
            "file.yaml",
            content,
            String.valueOf(rounds))
        .redirectErrorStream(true)
        .start();
  }

  static void runConcurrently(String repo, Path checkDir, int rounds) throws Exception {
    RepoLocation location = RepoLocation.parse(repo, Path.of("."));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int n = t;
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < rounds; i++) {
                  PublishResult r =
                      new GitPublisher(new Retry(60, 4), Map.of())
                          .publish(
                              location,
                              false,
                              request(
                                  tree("file.yaml", "thread " + n + " " + i + "\n"),
                                  "main",
                                  "t" + n));
                  assertThat(r.changed()).isTrue();
                }
                return null;
              }));
    }
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < PROCESSES; p++) {
      processes.add(launch(repo, "main", "p" + p, "process " + p, rounds));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    for (Process p : processes) {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(out).isZero();
    }

    int publishes = (THREADS + PROCESSES) * rounds;
    assertThat(run(checkDir, "rev-list", "--count", "main").trim())
        .isEqualTo(String.valueOf(publishes));
    List<String> files =
        Arrays.asList(run(checkDir, "ls-tree", "-r", "--name-only", "main").split("\n"));
    assertThat(files).hasSize(THREADS + PROCESSES);
    for (int t = 0; t < THREADS; t++) {
      assertThat(run(checkDir, "show", "main:t" + t + "/file.yaml"))
          .isEqualTo("thread " + t + " " + (rounds - 1) + "\n");
    }
    for (int p = 0; p < PROCESSES; p++) {
      assertThat(run(checkDir, "show", "main:p" + p + "/file.yaml"))
          .isEqualTo("process " + p + " " + (rounds - 1) + "\n");
    }
    // every publish is in the history: each commit adds or changes exactly its own file
    String log = run(checkDir, "log", "--format=%s", "main");
    assertThat(log.lines().filter(l -> l.equals("aigonix: 1 added, 0 changed, 0 removed")).count())
        .isEqualTo(THREADS + PROCESSES);
    assertThat(log.lines().filter(l -> l.equals("aigonix: 0 added, 1 changed, 0 removed")).count())
        .isEqualTo(publishes - THREADS - PROCESSES);
    run(checkDir, "fsck", "--strict", "--no-dangling");
  }

  @Test
  void threadsAndProcessesOnALocalBareRepository() throws Exception {
    Path repo = GitCli.initBare(tmp.resolve("r.git"));
    runConcurrently(repo.toString(), repo, 2);
  }

  @Test
  void threadsAndProcessesOverFileUrls() throws Exception {
    Path repo = GitCli.initBare(tmp.resolve("r.git"));
    runConcurrently(
        repo.toUri().toString().replace("file:/", "file:///").replace("file:////", "file:///"),
        repo,
        1);
  }

  static String classpathSeparatorCheck() {
    return File.pathSeparator;
  }
}
