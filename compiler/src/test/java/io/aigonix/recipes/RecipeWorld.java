package io.aigonix.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.Needs;
import io.aigonix.TestSupport;
import io.aigonix.publish.HttpGitServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * What a CI recipe runs against, all on this machine: the release archive where a release download
 * would find it ({@code releases/v<version>/aigonix-<version>.tar.gz}, fetched by curl through
 * file://), the team's repository holding samples/webshop, and a bare GitOps repository served over
 * HTTP on 127.0.0.1 that demands the token (user x-access-token, aigonix's default), so a recipe
 * that does not hand its secret to aigonix fails.
 */
final class RecipeWorld implements AutoCloseable {
  static final String VERSION = "0.1.0";
  private static final List<String> RUNNER_PROGRAMS =
      List.of(
          "bash",
          "sh",
          "curl",
          "tar",
          "gzip",
          "cat",
          "mkdir",
          "env",
          "dirname",
          "readlink",
          "sed",
          "cksum",
          "cut",
          "mktemp",
          "mv",
          "rm",
          "tee");
  final Path dir;
  final Path releases;
  final Path source;
  final Path gitops;
  private HttpGitServer server;

  private RecipeWorld(Path dir) {
    this.dir = dir;
    this.releases = dir.resolve("releases");
    this.source = dir.resolve("source");
    this.gitops = dir.resolve("gitops.git");
  }

  static RecipeWorld create(Path dir, String token) throws Exception {
    Path archive =
        Needs.built(
            TestSupport.root().resolve("compiler/target/aigonix-" + VERSION + ".tar.gz"),
            "mvn -B package builds it",
            "to install aigonix the way the CI recipes do");
    RecipeWorld world = new RecipeWorld(dir);
    Path asset = world.releases.resolve("v" + VERSION).resolve(archive.getFileName().toString());
    Files.createDirectories(asset.getParent());
    Files.copy(archive, asset);
    Git.init()
        .setBare(true)
        .setInitialBranch("main")
        .setGitDir(world.gitops.toFile())
        .call()
        .close();
    TestSupport.copySample("webshop", world.source);
    Git.init().setInitialBranch("main").setDirectory(world.source.toFile()).call().close();
    world.commitSource("webshop");
    world.server = new HttpGitServer(dir, "x-access-token", token);
    return world;
  }

  /**
   * A folder of links to the few programs the recipes' steps and the aigonix launcher use, their
   * PATH besides Java: a hosted runner has far more (Maven too), the GitLab recipe's image about
   * these, so a step that needs another program, or an aigonix that is not the release archive's,
   * fails here.
   */
  Path runnerBin() throws IOException {
    Path bin = dir.resolve("runner-bin");
    if (Files.notExists(bin)) {
      Files.createDirectories(bin);
      for (String program : RUNNER_PROGRAMS) {
        Files.createSymbolicLink(
            bin.resolve(program), Needs.program(program, "for the recipes' steps"));
      }
    }
    return bin;
  }

  String releasesUrl() {
    return strip(releases.toUri().toString());
  }

  String gitopsUrl() {
    return server.url(gitops.getFileName().toString());
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }

  private static String strip(String uri) {
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  /** Commits every change in the team's repository, as a merge or a Kargo push would land it. */
  ObjectId commitSource(String message) throws Exception {
    try (Git git = Git.open(source.toFile())) {
      git.add().addFilepattern(".").call();
      git.add().setUpdate(true).addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Team", "team@example.com");
      return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call().getId();
    }
  }

  /** Replaces text in the team's aigonix.yaml and commits it. */
  void changeSource(String from, String to) throws Exception {
    Path yaml = source.resolve("aigonix.yaml");
    String before = Files.readString(yaml);
    assertThat(before).contains(from);
    Files.writeString(yaml, before.replace(from, to));
    commitSource(from.strip() + " → " + to.strip());
  }

  /**
   * Main of the GitOps repository holds exactly the golden tree of the sample under gitops.path.
   */
  void assertPublishedTheGoldenTree() throws IOException {
    Map<String, byte[]> published = gitopsFiles("clusters/prod/");
    Map<String, byte[]> golden = golden();
    assertThat(published.keySet()).isEqualTo(golden.keySet());
    golden.forEach((file, bytes) -> assertThat(published.get(file)).as(file).isEqualTo(bytes));
  }

  Optional<ObjectId> gitopsHead() throws IOException {
    try (Repository repo = Git.open(gitops.toFile()).getRepository()) {
      return Optional.ofNullable(repo.resolve("refs/heads/main"));
    }
  }

  /** The files under {@code prefix} of the GitOps repository's main, path (below it) to bytes. */
  Map<String, byte[]> gitopsFiles(String prefix) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Repository repo = Git.open(gitops.toFile()).getRepository();
        RevWalk walk = new RevWalk(repo);
        TreeWalk tree = new TreeWalk(repo)) {
      ObjectId head = repo.resolve("refs/heads/main");
      assertThat(head).as("main of the GitOps repository").isNotNull();
      tree.addTree(walk.parseCommit(head).getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        if (tree.getPathString().startsWith(prefix)) {
          files.put(
              tree.getPathString().substring(prefix.length()),
              repo.open(tree.getObjectId(0)).getBytes());
        }
      }
    }
    return files;
  }

  /** The golden tree of samples/webshop, what publish must have committed under gitops.path. */
  private static Map<String, byte[]> golden() throws IOException {
    Path expected = TestSupport.golden().resolve("webshop/expected");
    Map<String, byte[]> files = new TreeMap<>();
    try (var walk = Files.walk(expected)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(expected.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
