package io.aigonix.publish;

import static io.aigonix.publish.GitCli.request;
import static io.aigonix.publish.GitCli.run;
import static io.aigonix.publish.GitCli.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.render.OutputTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trees publish builds by object id are the trees git itself writes for the same files, and a
 * publish of one change inserts only the objects that change.
 */
class TreeComposerTest {
  @TempDir Path tmp;

  /** Names whose order differs between plain string order and Git's (a tree sorts as "name/"). */
  private static final String[] FILES = {
    "a/b.yaml", "a.yaml", "a-b/x.yaml", "a0/y.yaml", "é/z.yaml", "A/upper.yaml", "a/b/c/d.yaml"
  };

  private static OutputTree files(String variant) {
    String[] pairs = new String[FILES.length * 2];
    for (int i = 0; i < FILES.length; i++) {
      pairs[2 * i] = FILES[i];
      pairs[2 * i + 1] = FILES[i] + " " + (i == 6 ? variant : "same") + "\n";
    }
    return tree(pairs);
  }

  private static PublishResult publish(Path repo, PublishRequest request) throws Exception {
    try (Repository r =
        new FileRepositoryBuilder().setGitDir(repo.toFile()).setMustExist(true).build()) {
      return new Publisher(Retry.DEFAULT).publish(r, request);
    }
  }

  @Test
  void theTreeIsTheOneGitWritesAndForeignEntriesKeepTheirIds() throws Exception {
    Path work = tmp.resolve("work");
    Files.createDirectories(work.resolve("flux-system"));
    Files.createDirectories(work.resolve("deploy/clusters/stale"));
    run(tmp, "init", "-q", "-b", "main", "work");
    Files.writeString(work.resolve("README.md"), "foreign\n");
    Files.writeString(work.resolve("flux-system/gotk-sync.yaml"), "kind: Kustomization\n");
    Files.writeString(work.resolve("deploy/keep.yaml"), "beside the path\n");
    Files.writeString(work.resolve("deploy/clusters/stale/old.yaml"), "replaced\n");
    run(work, "add", "-A");
    run(work, "commit", "-q", "-m", "foreign");
    String fluxBefore = run(work, "rev-parse", "main:flux-system").trim();

    publish(work.resolve(".git"), request(files("v1"), "main", "deploy/clusters"));

    // git's own tree for the same content: the foreign files plus the compiled ones at the path
    Path expected = tmp.resolve("expected");
    run(tmp, "clone", "-q", work.toString(), "expected");
    run(expected, "checkout", "-q", "HEAD~1");
    run(expected, "rm", "-r", "-q", "deploy/clusters");
    for (Map.Entry<String, byte[]> f : files("v1").files().entrySet()) {
      Path p = expected.resolve("deploy/clusters").resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    run(expected, "add", "-A");
    assertThat(run(work, "rev-parse", "main^{tree}").trim())
        .isEqualTo(run(expected, "write-tree").trim());
    assertThat(run(work, "rev-parse", "main:flux-system").trim()).isEqualTo(fluxBefore);
    run(work, "fsck", "--strict", "--no-dangling");
  }

  @Test
  void oneChangeInsertsOneBlobTheTreesAboveItAndTheCommit() throws Exception {
    Path repo = GitCli.initBare(tmp.resolve("r.git"));
    publish(repo, request(files("v1"), "main", "clusters"));
    run(repo, "repack", "-q", "-a", "-d");
    run(repo, "prune-packed");
    assertThat(looseObjects(repo)).isZero();

    PublishResult second = publish(repo, request(files("v2"), "main", "clusters"));

    assertThat(second.changes().changed()).containsExactly("a/b/c/d.yaml");
    assertThat(second.changes().added()).isEmpty();
    assertThat(second.changes().removed()).isEmpty();
    // the blob, the trees a/b/c, a/b, a, clusters and the root, the commit
    assertThat(looseObjects(repo)).isEqualTo(1 + 5 + 1);
    assertThat(run(repo, "show", "main:clusters/a/b/c/d.yaml"))
        .isEqualTo(new String(files("v2").get("a/b/c/d.yaml"), StandardCharsets.UTF_8));
    run(repo, "fsck", "--strict", "--no-dangling");
  }

  private static int looseObjects(Path repo) {
    for (String line : run(repo, "count-objects", "-v").split("\n")) {
      if (line.startsWith("count: ")) {
        return Integer.parseInt(line.substring("count: ".length()).trim());
      }
    }
    throw new AssertionError("no count in git count-objects -v");
  }
}
