package io.aigonix.publish;

import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.URIish;

/**
 * Reads {@code <path>} of a branch as an OutputTree for {@code diff --repo}: straight from a local
 * repository, or from a temporary bare fetch of a remote one. No checkout. A missing branch or path
 * is an empty tree (everything would be added).
 */
public final class BranchReader {
  private final Map<String, String> env;

  public BranchReader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public OutputTree read(RepoLocation location, String branch, String path)
      throws PublishException {
    String ref = branch.startsWith("refs/") ? branch : "refs/heads/" + branch;
    String prefix = TreeComposer.normalise(path);
    if (!location.isRemote()) {
      try (Repository repo = GitPublisher.open(location.localPath())) {
        Ref r = repo.exactRef(ref);
        return read(repo, r == null ? null : r.getObjectId(), prefix);
      } catch (IOException e) {
        throw PublishException.of("cannot read " + location.display(), e);
      }
    }
    Path scratchDir = null;
    try (RemoteAccess access = new RemoteAccess(location, env)) {
      scratchDir = Files.createTempDirectory("aigonix-diff-");
      try (Repository scratch = ScratchRepository.create(scratchDir)) {
        ObjectId head =
            RemotePublisher.fetch(
                scratch, access, new URIish(location.url()), ref, ref, FetchScope.TIP);
        return read(scratch, head, prefix);
      }
    } catch (IOException | java.net.URISyntaxException e) {
      throw new PublishException("cannot read " + location.display() + ": " + e.getMessage());
    } finally {
      GitPublisher.deleteQuietly(scratchDir);
    }
  }

  private static OutputTree read(Repository repo, ObjectId commit, String prefix)
      throws IOException {
    if (commit == null) {
      return new OutputTree(Map.of());
    }
    try (ObjectReader reader = repo.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      return GitTreeReader.read(reader, walk.parseCommit(commit).getTree(), prefix);
    }
  }
}
