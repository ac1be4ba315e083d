package io.aigonix.publish;

import static io.aigonix.publish.GitCli.request;
import static io.aigonix.publish.GitCli.run;
import static io.aigonix.publish.GitCli.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigonix.render.OutputTree;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
  @TempDir Path tmp;

  private PublishResult publish(Path repo, PublishRequest request) throws Exception {
    try (Repository r =
        new FileRepositoryBuilder().setGitDir(repo.toFile()).setMustExist(true).build()) {
      return new Publisher(Retry.DEFAULT).publish(r, request);
    }
  }

  @Test
  void firstPublishCreatesTheBranchAndSecondIsANoOp() throws Exception {
    Path repo = GitCli.initBare(tmp.resolve("r.git"));
    OutputTree t =
        tree(
            "webshop/prod/deployment-prod-orders.yaml",
            "kind: Deployment\n",
            "webshop/prod/kustomization.yaml",
            "resources: []\n");
    PublishResult first = publish(repo, request(t, "gitops", "clusters/prod"));
    PublishResult second = publish(repo, request(t, "gitops", "clusters/prod"));

    assertThat(first.changed()).isTrue();
    assertThat(second.changed()).isFalse();
    assertThat(second.previous()).isEqualTo(first.commit());
    assertThat(run(repo, "rev-list", "--count", "gitops").trim()).isEqualTo("1");
    assertThat(run(repo, "ls-tree", "-r", "--name-only", "gitops"))
        .isEqualTo(
            "clusters/prod/webshop/prod/deployment-prod-orders.yaml\nclusters/prod/webshop/prod/kustomization.yaml\n");
    assertThat(run(repo, "log", "-1", "--format=%s", "gitops").trim())
        .isEqualTo("aigonix: 2 added, 0 changed, 0 removed");
    run(repo, "fsck", "--strict", "--no-dangling");
  }

  @Test
  void replacesOnlyThePathAndReportsWhatChanged() throws Exception {
    Path repo = GitCli.initBare(tmp.resolve("r.git"));
    publish(
        repo,
        request(
            tree(
                "README.md",
                "hello\n",
                "clusters/dev/a.yaml",
                "dev\n",
                "clusters/prod/webshop/prod/old.yaml",
                "old\n",
                "clusters/prod/webshop/prod/same.yaml",
                "same\n",
                "clusters/prod/webshop/prod/edit.yaml",
                "v1\n"),
            "main",
            "."));

    PublishResult r =
        publish(
            repo,
            request(
                tree(
                    "webshop/prod/same.yaml",
                    "same\n",
                    "webshop/prod/edit.yaml",
                    "v2\n",
                    "webshop/_application/namespace.yaml",
                    "ns\n"),
                "main",
                "clusters/prod"));

    assertThat(run(repo, "diff", "--name-status", r.previous().name(), r.commit().name()))
        .isEqualTo(
            "A\tclusters/prod/webshop/_application/namespace.yaml\n"
                + "M\tclusters/prod/webshop/prod/edit.yaml\n"
                + "D\tclusters/prod/webshop/prod/old.yaml\n");
    assertThat(run(repo, "show", "main:README.md")).isEqualTo("hello\n");
    assertThat(run(repo, "show", "main:clusters/dev/a.yaml")).isEqualTo("dev\n");
    assertThat(run(repo, "log", "-1", "--format=%B", "main"))
        .isEqualTo(
            """
        aigonix: 1 added, 1 changed, 1 removed

        webshop/_application: 1 added
          + namespace.yaml
        webshop/prod: 1 changed, 1 removed
          ~ edit.yaml
          - old.yaml

        """);
    run(repo, "fsck", "--strict", "--no-dangling");
  }

  @Test
  void keepsModesOfOtherEntriesAndWritesTrailersAndIdentity() throws Exception {
    Path work = tmp.resolve("work");
    run(tmp, "init", "-q", "-b", "main", "work");
    java.nio.file.Files.writeString(work.resolve("run.sh"), "#!/bin/sh\n");
    run(work, "add", "run.sh");
    run(work, "update-index", "--chmod=+x", "run.sh");
    java.nio.file.Files.createSymbolicLink(work.resolve("link"), Path.of("run.sh"));
    run(work, "add", "link");
    run(work, "commit", "-q", "-m", "seed");
    Map<String, String> env =
        Map.of(
            "GIT_COMMITTER_NAME",
            "CI",
            "GIT_COMMITTER_EMAIL",
            "ci@example.com",
            "GIT_AUTHOR_DATE",
            "@1700000000 +0100");
    GitIdentity id =
        GitIdentity.resolve("Ada <ada@example.com>", env, Instant.EPOCH, ZoneOffset.UTC);
    PublishRequest request =
        new PublishRequest(
            tree("x.yaml", "x\n"),
            "main",
            "out",
            "Deploy webshop",
            id,
            List.of(
                "Source-Commit: 0123456789abcdef0123456789abcdef01234567",
                "Source-Path: aigonix.yaml"));
    try (Repository r = GitPublisher.open(work)) {
      PublishResult result = new Publisher(Retry.DEFAULT).publish(r, request);
      assertThat(result.warnings()).singleElement().asString().contains("checked out");
    }
    assertThat(run(work, "ls-tree", "main"))
        .contains("100755 blob")
        .contains("120000 blob")
        .contains("040000 tree");
    assertThat(
            run(work, "log", "-1", "--format=%an <%ae>|%ad|%cn <%ce>|%ct", "--date=raw", "main")
                .trim())
        .isEqualTo("Ada <ada@example.com>|1700000000 +0100|CI <ci@example.com>|0");
    assertThat(
            run(work, "log", "-1", "--format=%s%n%(trailers:key=Source-Commit,valueonly)", "main"))
        .startsWith("Deploy webshop\n0123456789abcdef0123456789abcdef01234567");
    run(work, "fsck", "--strict", "--no-dangling");
  }

  @Test
  void refusesToPutADirectoryWhereAFileIsAndBadPaths() throws Exception {
    Path repo = GitCli.initBare(tmp.resolve("r.git"));
    publish(repo, request(tree("clusters", "a file\n"), "main", ""));
    assertThatThrownBy(() -> publish(repo, request(tree("a.yaml", "a\n"), "main", "clusters/prod")))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("'clusters' is a file");
    assertThatThrownBy(() -> publish(repo, request(tree("a.yaml", "a\n"), "main", "../x")))
        .isInstanceOf(PublishException.class);
    assertThatThrownBy(() -> publish(repo, request(tree("a.yaml", "a\n"), "bad..branch", "")))
        .isInstanceOf(PublishException.class);
  }

  @Test
  void emptyTreeRemovesThePath() throws Exception {
    Path repo = GitCli.initBare(tmp.resolve("r.git"));
    publish(repo, request(tree("keep.txt", "k\n", "out/a.yaml", "a\n"), "main", ""));
    publish(repo, request(new OutputTree(Map.of()), "main", "out"));
    assertThat(run(repo, "ls-tree", "-r", "--name-only", "main")).isEqualTo("keep.txt\n");
  }
}
