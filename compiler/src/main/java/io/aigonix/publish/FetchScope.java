package io.aigonix.publish;

import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.errors.PackProtocolException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.internal.JGitText;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.transport.FilterSpec;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.Transport;

/**
 * How much of a remote branch a fetch brings. Only a throw-away repository may be shallow or miss
 * blobs; the user's own repository ({@code --push}) always gets a full fetch. A server that cannot
 * serve a shallow or a filtered fetch (it does not advertise the capability) gets a fuller one.
 */
enum FetchScope {
  /** The whole history: the fetch goes into the user's repository, which must stay complete. */
  FULL(false, false),
  /** The tip commit with its files (depth 1): a throw-away repository the files are read from. */
  TIP(true, false),
  /**
   * The tip commit and its trees, no blobs (depth 1, filter {@code blob:none}): a throw-away
   * repository publish composes in, which decides by object ids and never reads an old file.
   */
  TIP_TREES(true, true);

  private final boolean shallow;
  private final boolean treesOnly;

  FetchScope(boolean shallow, boolean treesOnly) {
    this.shallow = shallow;
    this.treesOnly = treesOnly;
  }

  /** Whether the repository may lack blobs, so a push must not build deltas on old objects. */
  boolean treesOnly() {
    return treesOnly;
  }

  /** Fetches {@code spec} with as little as the scope and the server allow. */
  void fetch(Transport transport, RefSpec spec) throws IOException {
    boolean depth = shallow;
    boolean filter = treesOnly;
    while (true) {
      transport.setDepth(depth ? Integer.valueOf(1) : null);
      transport.setFilterSpec(
          filter ? FilterSpec.fromFilterLine("blob:none") : FilterSpec.NO_FILTER);
      try {
        transport.fetch(NullProgressMonitor.INSTANCE, List.of(spec));
        return;
      } catch (TransportException e) {
        if (filter && refused(e, JGitText.get().filterRequiresCapability)) {
          filter = false;
        } else if (depth && refused(e, JGitText.get().shallowNotSupported)) {
          depth = false;
        } else {
          throw e;
        }
      }
    }
  }

  /** Whether the server's advertisement lacked a capability: JGit refuses before any pack. */
  private static boolean refused(Throwable e, String message) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PackProtocolException && t.getMessage() != null) {
        if (t.getMessage().endsWith(message)) {
          return true;
        }
      }
    }
    return false;
  }
}
