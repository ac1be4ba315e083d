package io.aigonix.publish;

import java.nio.file.Path;

/**
 * A separate JVM publisher for the concurrency tests: {@code PublishMain <repo path or URL>
 * <branch> <path> <file> <content> <count>} publishes {@code count} successive trees, exit 0 when
 * all landed.
 */
public final class PublishMain {
  public static void main(String[] args) throws Exception {
    RepoLocation location = RepoLocation.parse(args[0], Path.of("."));
    int count = Integer.parseInt(args[5]);
    for (int i = 0; i < count; i++) {
      PublishRequest request =
          GitCli.request(GitCli.tree(args[3], args[4] + " " + i + "\n"), args[1], args[2]);
      PublishResult r =
          new GitPublisher(new Retry(60, 4), java.util.Map.of()).publish(location, false, request);
      if (!r.changed()) {
        System.exit(5);
      }
      System.out.println(r.commit().name());
    }
  }
}
