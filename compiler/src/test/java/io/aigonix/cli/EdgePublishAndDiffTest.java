package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §9 through the commands: publish commits an edge folder (binary config files byte for byte,
 * listed under {@code <app>/<env>} in the message), and diff plans a change to it in aigonix.yaml's
 * words.
 */
class EdgePublishAndDiffTest {
  private static final String CALIBRATION = "scanning/field/files/scanner/calibration.bin";

  @TempDir Path tmp;

  @Test
  void publishCommitsTheEdgeFolderAndDiffNamesItsChanges() throws Exception {
    Path project = TestSupport.copySample("edge", tmp.resolve("project"));
    Path repo = tmp.resolve("gitops.git");
    try (Git git =
        Git.init().setBare(true).setInitialBranch("main").setGitDir(repo.toFile()).call()) {
      git.getRepository().getConfig().setInt("gc", null, "auto", 0);
      git.getRepository().getConfig().save();
    }
    String file = project.resolve("aigonix.yaml").toString();
    TestSupport.Run published =
        TestSupport.cli(
            project, "publish", "-f", file, "--repo", repo.toString(), "--branch", "main");
    assertThat(published.exitCode()).as(published.err()).isZero();

    try (Repository r = Git.open(repo.toFile()).getRepository();
        RevWalk walk = new RevWalk(r)) {
      RevCommit head = walk.parseCommit(r.resolve("refs/heads/main"));
      assertThat(blob(r, head, CALIBRATION))
          .isEqualTo(Files.readAllBytes(project.resolve("config/calibration.bin")));
      assertThat(blob(r, head, "scanning/field/application.yaml")).isNotNull();
      assertThat(blob(r, head, "scanning/field/kustomization.yaml")).isNull();
      assertThat(head.getFullMessage())
          .contains("scanning/field: 4 added")
          .contains("+ files/scanner/calibration.bin")
          .contains("+ application.yaml");
    }

    String yaml = Files.readString(project.resolve("aigonix.yaml"), StandardCharsets.UTF_8);
    Files.writeString(
        project.resolve("aigonix.yaml"),
        yaml.replace("image: acme/scanner:1.4\n", "image: acme/scanner:1.5\n")
            .replace("UNITS: imperial", "UNITS: nautical"));
    Files.write(project.resolve("config/calibration.bin"), new byte[] {0, (byte) 0xff, 1});
    TestSupport.Run diff =
        TestSupport.cli(project, "diff", "-f", file, "--repo", repo.toString(), "--branch", "main");
    assertThat(diff.exitCode()).as(diff.err()).isZero();
    assertThat(diff.out())
        .contains(
            "  field: scanner head image acme/scanner:1.4 → 1.5; scanner env UNITS changed; "
                + "config file scanner/calibration.bin changed\n")
        .contains("+++ b/" + CALIBRATION + "\nBinary files differ\n");
  }

  private static byte[] blob(Repository r, RevCommit commit, String path) throws Exception {
    try (TreeWalk tw = TreeWalk.forPath(r, path, commit.getTree())) {
      return tw == null ? null : r.open(tw.getObjectId(0)).getBytes();
    }
  }
}
