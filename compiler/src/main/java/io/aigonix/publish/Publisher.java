package io.aigonix.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Publishes into a repository JGit can open directly (a local path, bare or not): writes the commit
 * objects, then moves the branch with a compare-and-swap {@link RefUpdate} (expected old id). When
 * the branch moved in between (LOCK_FAILURE, REJECTED), it rebuilds on the new head and tries
 * again, at most {@link Retry#maxAttempts()} times. The ref file is replaced by an atomic rename
 * under a lock, so the branch is always at the old or the new commit. The work tree and index are
 * never touched.
 */
public final class Publisher {
  private final Retry retry;

  public Publisher(Retry retry) {
    this.retry = retry;
  }

  public PublishResult publish(Repository repo, PublishRequest request) throws PublishException {
    String ref = request.refName();
    if (!Repository.isValidRefName(ref)) {
      throw new PublishException("not a valid branch name: " + request.branch());
    }
    List<String> warnings = new ArrayList<>();
    try {
      if (!repo.isBare() && ref.equals(repo.getFullBranch())) {
        warnings.add(
            "branch "
                + request.branch()
                + " is checked out in "
                + repo.getWorkTree()
                + "; its work tree and index are not updated (run 'git reset --hard' there to see the result)");
      }
      for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
        Ref current = repo.exactRef(ref);
        ObjectId head = current == null ? null : current.getObjectId();
        PublishCommitWriter.Prepared prepared = PublishCommitWriter.write(repo, head, request);
        if (prepared.commit() == null) {
          return new PublishResult(null, head, prepared.changes(), attempt, warnings);
        }
        RefUpdate update = repo.updateRef(ref);
        update.setNewObjectId(prepared.commit());
        update.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
        update.setRefLogMessage("aigonix publish", false);
        RefUpdate.Result result = update.update();
        switch (result) {
          case NEW, FAST_FORWARD, FORCED, NO_CHANGE -> {
            return new PublishResult(
                prepared.commit(), head, prepared.changes(), attempt, warnings);
          }
          case LOCK_FAILURE, REJECTED -> {
            if (attempt < retry.maxAttempts()) {
              retry.pause(attempt);
            }
          }
          default -> throw new PublishException("could not update " + ref + ": " + result);
        }
      }
    } catch (IOException e) {
      throw PublishException.of("Git error in " + repo.getDirectory(), e);
    }
    throw new PublishException(
        "branch "
            + request.branch()
            + " kept moving; gave up after "
            + retry.maxAttempts()
            + " attempts");
  }
}
