package io.aigonix.bench;

import io.aigonix.pipeline.Compiler;
import io.aigonix.publish.GitIdentity;
import io.aigonix.publish.GitPublisher;
import io.aigonix.publish.PublishException;
import io.aigonix.publish.PublishRequest;
import io.aigonix.publish.PublishResult;
import io.aigonix.publish.Publisher;
import io.aigonix.publish.RepoLocation;
import io.aigonix.publish.Retry;
import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Git side of {@code publish} without the compile: one image change in the input of
 * bench/publish-bench.sh, committed over a packed bare repository that holds the published tree
 * (commit composition: tree, changes, objects), and published to it as a file:// URL (fetch into a
 * throw-away repository, compose, push), by a server with and without partial fetches. The branch
 * is moved back after every invocation, so each one publishes the same change. Only public API, so
 * the same class measures an older jar put first on the class path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx768m")
public class PublishBenchmark {
  @Param({"1000"})
  public int microservices;

  /**
   * Whether the remote serves partial fetches (uploadpack.allowFilter), as GitHub and GitLab do.
   */
  @Param({"false", "true"})
  public boolean allowFilter;

  private Path folder;
  private Path remote;
  private Repository repo;
  private ObjectId base;
  private PublishRequest change;

  @Setup
  public void setUp() throws IOException, PublishException, GitAPIException {
    folder = Files.createTempDirectory("aigonix-bench");
    String input = Inputs.microservices(microservices);
    String changed = input.replace("app1/service1:1.0.1,", "app1/service1:1.0.2,");
    if (changed.equals(input)) {
      throw new IllegalStateException("the benchmark input has no image to change");
    }
    remote = folder.resolve("remote.git");
    repo = FileRepositoryBuilder.create(remote.toFile());
    repo.create(true);
    repo.getConfig().setInt("gc", null, "auto", 0);
    repo.getConfig().setBoolean("uploadpack", null, "allowFilter", allowFilter);
    repo.getConfig().save();
    PublishResult first = new Publisher(Retry.DEFAULT).publish(repo, request(compile(input)));
    Git.wrap(repo).gc().call();
    base = first.commit();
    change = request(compile(changed));
  }

  private OutputTree compile(String yaml) throws IOException {
    Path file = folder.resolve("aigonix.yaml");
    Files.writeString(file, yaml);
    Compiler compiler = new Compiler();
    return compiler.compile(compiler.check(file, "aigonix.yaml"));
  }

  private static PublishRequest request(OutputTree tree) throws PublishException {
    GitIdentity id =
        GitIdentity.resolve(null, Map.of(), Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    return new PublishRequest(tree, "main", "", null, id, List.of());
  }

  @TearDown(Level.Invocation)
  public void moveBack() throws IOException {
    RefUpdate update = repo.updateRef("refs/heads/main");
    update.setNewObjectId(base);
    update.setForceUpdate(true);
    update.forceUpdate();
  }

  @TearDown
  public void tearDown() {
    repo.close();
    Inputs.delete(folder);
  }

  /** Commit composition in the repository itself ({@code --repo <path>}). */
  @Benchmark
  public PublishResult commitInPlace() throws PublishException {
    return check(new Publisher(Retry.DEFAULT).publish(repo, change));
  }

  /** Fetch, compose and push ({@code --repo file://…}). */
  @Benchmark
  public PublishResult fetchComposePush() throws PublishException {
    RepoLocation url = RepoLocation.parse(remote.toUri().toString(), folder);
    return check(new GitPublisher(Retry.DEFAULT, Map.of()).publish(url, false, change));
  }

  private static PublishResult check(PublishResult result) {
    if (result.changes().changed().size() != 3 || !result.changed()) {
      throw new IllegalStateException("expected one image change in 3 files: " + result.changes());
    }
    return result;
  }
}
