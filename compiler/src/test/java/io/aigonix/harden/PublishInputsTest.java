package io.aigonix.harden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigonix.TestSupport;
import io.aigonix.publish.PublishException;
import io.aigonix.publish.RepoLocation;
import io.aigonix.publish.TargetNames;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 items 3 and 5: credentials in --repo never echo, whatever they hold; --path and --branch
 * that Git (or git fsck --strict) would refuse are refused up front with exit 2.
 */
class PublishInputsTest {
  private static final String PW = "Pw0rdMark";

  @TempDir Path dir;
  Path project;
  Path repo;

  @BeforeEach
  void setUp() throws Exception {
    project = TestSupport.copySample("minimal", dir.resolve("project"));
    repo = dir.resolve("gitops.git");
    Git.init().setBare(true).setDirectory(repo.toFile()).setInitialBranch("main").call().close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://bob:" + PW + "@x/y@127.0.0.1:9/x.git",
        "https://bob:a/" + PW + "@127.0.0.1:9/x.git",
        "http://bob:" + PW + "@@127.0.0.1:9/x.git",
        "file://bob:" + PW + "@/tmp/none.git",
        "file://bob:" + PW + "@localhost/tmp/none.git",
        "https:/bob:" + PW + "@127.0.0.1/x.git",
        "bob:" + PW + "@127.0.0.1",
        "http://bob:%zz" + PW + "@127.0.0.1:9/x.git"
      })
  void credentialsInRepoAreNeverEchoed(String url) {
    TestSupport.Run run = TestSupport.cli(project, "publish", "--repo", url, "--branch", "main");
    assertThat(run.exitCode()).as(run.err()).isIn(2, 3);
    assertThat(run.out() + run.err()).doesNotContain(PW).doesNotContain("Exception");
  }

  @Test
  void passwordsWithAtAndSlashBecomeCredentials() throws Exception {
    RepoLocation at =
        RepoLocation.parse("https://bot:p@ss/w0rd@git.example.com/acme/gitops.git", dir);
    assertThat(at.url()).isEqualTo("https://git.example.com/acme/gitops.git");
    assertThat(at.urlUser()).isEqualTo("bot");
    assertThat(at.password()).contains("p@ss/w0rd");
    assertThat(at.display()).doesNotContain("w0rd");
    assertThat(RepoLocation.parse("https://bot:p%40ss@git.example.com/x.git", dir).password())
        .contains("p@ss");
    RepoLocation scp = RepoLocation.parse("git:" + PW + "@github.com:acme/gitops.git", dir);
    assertThat(scp.url()).isEqualTo("git@github.com:acme/gitops.git");
    assertThat(scp.password()).contains(PW);
    assertThat(scp.display()).doesNotContain(PW);
    assertThat(RepoLocation.parse("https://git.example.com/acme/@scope/x.git", dir).url())
        .isEqualTo("https://git.example.com/acme/@scope/x.git");
    assertThatThrownBy(() -> RepoLocation.parse("file://u:" + PW + "@/tmp/x", dir))
        .isInstanceOf(PublishException.class)
        .hasMessageNotContaining(PW);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".GIT/hooks",
        "a/.Git/b",
        ".git",
        ".gitmodules",
        "sub/.gitattributes",
        "x/.gitignore",
        "a\nb",
        "tab\there",
        "../up",
        "a/../../b",
        "back\\slash",
        "GIT~1/x",
        "a/.git./b",
        "con/x",
        "a/.g\u200cit/b",
        ".gitmodules. ",
        "gitmod~1"
      })
  void pathsGitWouldRefuseAreUsageErrors(String path) throws IOException {
    TestSupport.Run run =
        TestSupport.cli(
            project, "publish", "--repo", repo.toString(), "--branch", "main", "--path", path);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("--path").doesNotContain("Exception");
    assertThat(TargetNames.pathProblem(path)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "HEAD",
        "-x",
        "a..b",
        "a b",
        "a\nb",
        "x.lock",
        "@",
        "a@{1}",
        "/x",
        "x/",
        "refs/heads/HEAD",
        "a~b",
        "a:b",
        ""
      })
  void branchesGitWouldRefuseAreUsageErrors(String branch) {
    TestSupport.Run run =
        TestSupport.cli(project, "publish", "--repo", repo.toString(), "--branch=" + branch);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("--branch").doesNotContain("Exception");
  }

  @Test
  void ordinaryNamesStillWork() throws Exception {
    assertThat(TargetNames.pathProblem("clusters/prod")).isEmpty();
    assertThat(TargetNames.pathProblem("./a//b/")).isEmpty();
    assertThat(TargetNames.pathProblem("my.github-things/.github/x")).isEmpty();
    assertThat(TargetNames.branchProblem("feature/x-1")).isEmpty();
    assertThat(TargetNames.branchProblem("refs/heads/gitops")).isEmpty();
    TestSupport.Run run =
        TestSupport.cli(
            project,
            "publish",
            "--repo",
            repo.toString(),
            "--branch",
            "gitops",
            "--path",
            "clusters/dev");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }
}
