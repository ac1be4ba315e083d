package io.aigonix.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The entry point of {@code publish}: picks the local or the remote flow for a {@code --repo}.
 *
 * <ul>
 *   <li>a URL: fetch the branch's tip commit and trees into a temporary bare repository (deleted
 *       afterwards), commit, push — pushing is implied, {@code --push} changes nothing;
 *   <li>a local path without {@code --push}: commit straight into that repository (bare or not);
 *   <li>a local path with {@code --push}: publish to its {@code origin} (fetch into {@code
 *       refs/remotes/origin/<b>}, commit on the remote's head, push with retry), then move the
 *       local branch to the pushed commit if that is a fast-forward (else warn and leave it).
 * </ul>
 */
public final class GitPublisher {
  private final Retry retry;
  private final Map<String, String> env;

  public GitPublisher(Retry retry, Map<String, String> env) {
    this.retry = retry;
    this.env = Map.copyOf(env);
  }

  public PublishResult publish(RepoLocation location, boolean push, PublishRequest request)
      throws PublishException {
    if (location.isRemote()) {
      return publishToUrl(location, request);
    }
    try (Repository repo = open(location.localPath())) {
      if (!push) {
        return new Publisher(retry).publish(repo, request);
      }
      String origin = repo.getConfig().getString("remote", "origin", "url");
      if (origin == null) {
        throw new PublishException("--push: " + location.display() + " has no remote 'origin'");
      }
      RepoLocation parsed =
          RepoLocation.parse(
              origin, repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath());
      RepoLocation originLocation =
          parsed.isRemote()
              ? parsed
              : new RepoLocation(
                  null, parsed.localPath().toString(), null, null); // a path remote: still a push
      try (RemoteAccess access = new RemoteAccess(originLocation, env)) {
        String tracking =
            "refs/remotes/origin/" + request.refName().replaceFirst("^refs/heads/", "");
        PublishResult result = new RemotePublisher(retry).publish(repo, access, tracking, request);
        ObjectId pushed = result.commit() != null ? result.commit() : result.previous();
        List<String> warnings = new ArrayList<>(result.warnings());
        if (pushed != null) {
          fastForwardLocal(repo, request, pushed, warnings);
        }
        return new PublishResult(
            result.commit(), result.previous(), result.changes(), result.attempts(), warnings);
      }
    } catch (IOException e) {
      throw PublishException.of("cannot open repository " + location.display(), e);
    }
  }

  private PublishResult publishToUrl(RepoLocation location, PublishRequest request)
      throws PublishException {
    Path scratchDir = null;
    try (RemoteAccess access = new RemoteAccess(location, env)) {
      scratchDir = Files.createTempDirectory("aigonix-publish-");
      try (Repository scratch = ScratchRepository.create(scratchDir)) {
        return new RemotePublisher(retry, FetchScope.TIP_TREES, attempt -> {})
            .publish(scratch, access, request.refName(), request);
      }
    } catch (IOException e) {
      throw PublishException.of("cannot create a scratch repository", e);
    } finally {
      deleteQuietly(scratchDir);
    }
  }

  static Repository open(Path path) throws IOException, PublishException {
    if (!Files.isDirectory(path)) {
      throw new PublishException("no repository at " + path);
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
    if (Files.exists(path.resolve(".git"))) {
      builder.setWorkTree(path.toFile());
    } else if (Files.isDirectory(path.resolve("objects")) && Files.exists(path.resolve("HEAD"))) {
      builder.setGitDir(path.toFile());
    } else {
      throw new PublishException("not a Git repository: " + path);
    }
    Repository repo = builder.build();
    // JGit may gc after a fetch, detached by default; in the foreground it is done before we return
    // (in memory only: the user's configuration file is not changed).
    repo.getConfig().setBoolean("gc", null, "autoDetach", false);
    return repo;
  }

  private static void fastForwardLocal(
      Repository repo, PublishRequest request, ObjectId pushed, List<String> warnings)
      throws IOException {
    Ref local = repo.exactRef(request.refName());
    ObjectId old = local == null ? null : local.getObjectId();
    if (pushed.equals(old)) {
      return;
    }
    try (RevWalk walk = new RevWalk(repo)) {
      if (old != null && !walk.isMergedInto(walk.parseCommit(old), walk.parseCommit(pushed))) {
        warnings.add(
            "local branch " + request.branch() + " has diverged from origin; left as it is");
        return;
      }
    }
    RefUpdate update = repo.updateRef(request.refName());
    update.setNewObjectId(pushed);
    update.setExpectedOldObjectId(old == null ? ObjectId.zeroId() : old);
    update.setRefLogMessage("aigonix publish: fast-forward to pushed commit", false);
    RefUpdate.Result r = update.update();
    if (r != RefUpdate.Result.NEW && r != RefUpdate.Result.FAST_FORWARD) {
      warnings.add("local branch " + request.branch() + " not moved (" + r + ")");
    } else if (!repo.isBare() && request.refName().equals(repo.getFullBranch())) {
      warnings.add(
          "branch "
              + request.branch()
              + " is checked out; its work tree and index are not updated");
    }
  }

  static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp dir is harmless
    }
  }
}
