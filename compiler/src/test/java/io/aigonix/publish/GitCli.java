package io.aigonix.publish;

import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The real git binary, for setting up repositories and checking what JGit wrote. */
final class GitCli {
  private GitCli() {}

  static String run(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    return runCommand(dir, command.toArray(String[]::new));
  }

  /** Any program, with the same environment and failure handling as git. */
  static String runCommand(Path dir, String... command) {
    try {
      ProcessBuilder pb =
          new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true);
      pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
      pb.environment().put("GIT_AUTHOR_NAME", "Test");
      pb.environment().put("GIT_AUTHOR_EMAIL", "test@example.com");
      pb.environment().put("GIT_COMMITTER_NAME", "Test");
      pb.environment().put("GIT_COMMITTER_EMAIL", "test@example.com");
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed:\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * A bare repository that never gcs by itself: git's receive-pack (and JGit's) start a detached
   * {@code gc --auto} after a push, which races the deletion of the test's temporary folder.
   */
  static Path initBare(Path dir) {
    run(dir.getParent(), "init", "-q", "--bare", "-b", "main", dir.getFileName().toString());
    quiet(dir);
    return dir;
  }

  static void quiet(Path repo) {
    run(repo, "config", "receive.autogc", "false");
    run(repo, "config", "gc.auto", "0");
    run(repo, "config", "gc.autoDetach", "false");
  }

  static OutputTree tree(String... pathsAndContents) {
    Map<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return new OutputTree(files);
  }

  static PublishRequest request(OutputTree tree, String branch, String path) {
    try {
      GitIdentity id =
          GitIdentity.resolve(
              null, Map.of(), Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
      return new PublishRequest(tree, branch, path, null, id, List.of());
    } catch (PublishException e) {
      throw new AssertionError(e);
    }
  }
}
