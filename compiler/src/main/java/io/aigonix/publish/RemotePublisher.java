package io.aigonix.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;

/**
 * Publishes to a remote: fetches the branch into a scratch repository (into a throw-away one only
 * its tip commit and trees, see {@link FetchScope}), writes the commit on top of it, and pushes
 * with the fetched id as the expected old id (the server's receive-pack does the compare-and-swap).
 * A push that lost a race (non-fast-forward, remote changed, lock failure) is retried from a fresh
 * fetch, at most {@link Retry#maxAttempts()} times. The remote only ever sees a complete pack
 * followed by one ref update, so it is at the old or the new commit.
 */
public final class RemotePublisher {
  /**
   * Called after the commit is written and before it is pushed; a seam for tests that race a push
   * in.
   */
  interface BeforePush {
    void run(int attempt) throws IOException;
  }

  private final Retry retry;
  private final FetchScope scope;
  private final BeforePush beforePush;

  /** Fetches the whole branch: for the user's own repository. */
  public RemotePublisher(Retry retry) {
    this(retry, FetchScope.FULL, attempt -> {});
  }

  RemotePublisher(Retry retry, FetchScope scope, BeforePush beforePush) {
    this.retry = retry;
    this.scope = scope;
    this.beforePush = beforePush;
  }

  /**
   * @param scratch a repository to fetch into and build in (a temporary bare one, or the user's
   *     local one)
   * @param trackingRef where the fetched remote branch is stored in {@code scratch}
   */
  public PublishResult publish(
      Repository scratch, RemoteAccess remote, String trackingRef, PublishRequest request)
      throws PublishException {
    String ref = request.refName();
    if (!Repository.isValidRefName(ref)) {
      throw new PublishException("not a valid branch name: " + request.branch());
    }
    List<String> rejections = new ArrayList<>();
    try {
      URIish uri = new URIish(remote.url());
      for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
        ObjectId head = fetch(scratch, remote, uri, ref, trackingRef, scope);
        PublishCommitWriter.Prepared prepared = PublishCommitWriter.write(scratch, head, request);
        if (prepared.commit() == null) {
          return new PublishResult(null, head, prepared.changes(), attempt, List.of());
        }
        beforePush.run(attempt);
        RemoteRefUpdate.Status status =
            push(scratch, remote, uri, ref, prepared.commit(), head, rejections, scope);
        switch (status) {
          case OK, UP_TO_DATE -> {
            storeTracking(scratch, trackingRef, prepared.commit());
            return new PublishResult(
                prepared.commit(), head, prepared.changes(), attempt, List.of());
          }
          case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED, REJECTED_OTHER_REASON -> {
            if (attempt < retry.maxAttempts()) {
              retry.pause(attempt);
            }
          }
          default ->
              throw new PublishException(
                  "push to " + Scrubber.scrubUrls(remote.url()) + " failed: " + status);
        }
      }
    } catch (IOException | java.net.URISyntaxException e) {
      throw new PublishException(
          Scrubber.scrub(
              "Git error talking to " + remote.url() + ": " + e.getMessage(), remote.secrets()));
    }
    throw new PublishException(
        Scrubber.scrub(
            "push to "
                + remote.url()
                + " was rejected "
                + retry.maxAttempts()
                + " times: "
                + String.join("; ", rejections),
            remote.secrets()));
  }

  /**
   * Fetches {@code ref} into {@code trackingRef} as far as {@code scope} says; returns its id, or
   * null when the remote has no such branch.
   */
  static ObjectId fetch(
      Repository scratch,
      RemoteAccess remote,
      URIish uri,
      String ref,
      String trackingRef,
      FetchScope scope)
      throws IOException, PublishException {
    try (Transport transport = Transport.open(scratch, uri)) {
      remote.configure(transport);
      ObjectId advertised;
      try (FetchConnection connection = transport.openFetch()) {
        Ref r = connection.getRef(ref);
        advertised = r == null ? null : r.getObjectId();
      }
      if (advertised == null) {
        return null;
      }
      scope.fetch(transport, new RefSpec("+" + ref + ":" + trackingRef));
      Ref fetched = scratch.exactRef(trackingRef);
      return fetched == null ? advertised : fetched.getObjectId();
    } catch (NotSupportedException e) {
      throw new PublishException(
          Scrubber.scrub("unsupported repository URL " + remote.url(), remote.secrets()));
    } catch (TransportException e) {
      throw new PublishException(
          Scrubber.scrub(
              "cannot fetch from " + remote.url() + ": " + e.getMessage(), remote.secrets()));
    }
  }

  private static RemoteRefUpdate.Status push(
      Repository scratch,
      RemoteAccess remote,
      URIish uri,
      String ref,
      ObjectId commit,
      ObjectId expectedOld,
      List<String> rejections,
      FetchScope scope)
      throws IOException, PublishException {
    try (Transport transport = Transport.open(scratch, uri)) {
      remote.configure(transport);
      // a thin pack would delta new files against old ones a trees-only repository does not hold
      transport.setPushThin(transport.isPushThin() && !scope.treesOnly());
      RemoteRefUpdate update =
          new RemoteRefUpdate(
              scratch,
              commit.name(),
              ref,
              false,
              null,
              expectedOld == null ? ObjectId.zeroId() : expectedOld);
      PushResult result = transport.push(NullProgressMonitor.INSTANCE, List.of(update));
      RemoteRefUpdate done = result.getRemoteUpdate(ref);
      if (done.getStatus() != RemoteRefUpdate.Status.OK && done.getMessage() != null) {
        rejections.add(done.getStatus() + " (" + done.getMessage() + ")");
      } else if (done.getStatus() != RemoteRefUpdate.Status.OK) {
        rejections.add(done.getStatus().toString());
      }
      return done.getStatus();
    } catch (TransportException e) {
      throw new PublishException(
          Scrubber.scrub(
              "cannot push to " + remote.url() + ": " + e.getMessage(), remote.secrets()));
    }
  }

  private static void storeTracking(Repository scratch, String trackingRef, ObjectId commit)
      throws IOException {
    RefUpdate update = scratch.updateRef(trackingRef);
    update.setNewObjectId(commit);
    update.setForceUpdate(true);
    update.setRefLogMessage("aigonix publish: pushed", false);
    update.update();
  }
}
