package io.aigonix.publish;

import io.aigonix.diff.FileChanges;
import java.io.IOException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Writes the objects of a publish commit on top of a given head (or as a root commit) with an
 * ObjectInserter: the new blobs and trees only, then the commit. Nothing refers to them until a ref
 * is moved, so a crash here leaves only unreachable objects that {@code git gc} removes.
 */
final class PublishCommitWriter {
  record Prepared(ObjectId commit, FileChanges changes) {}

  private PublishCommitWriter() {}

  /**
   * @return the prepared commit, or one with a null commit id when the tree would not change
   */
  static Prepared write(Repository repo, ObjectId head, PublishRequest request)
      throws IOException, PublishException {
    String prefix = TreeComposer.normalise(request.path());
    try (ObjectInserter inserter = repo.newObjectInserter();
        ObjectReader reader = inserter.newReader();
        RevWalk walk = new RevWalk(reader)) {
      RevCommit parent = head == null ? null : walk.parseCommit(head);
      ObjectId baseTree = parent == null ? null : parent.getTree();
      TreeComposer.Composed composed =
          TreeComposer.compose(reader, inserter, baseTree, prefix, request.tree());
      FileChanges changes = composed.changes();
      ObjectId tree = composed.tree();
      if (parent != null && tree.equals(parent.getTree())) {
        return new Prepared(null, changes);
      }
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(tree);
      if (parent != null) {
        commit.setParentId(parent);
      }
      commit.setAuthor(request.identity().author());
      commit.setCommitter(request.identity().committer());
      commit.setMessage(CommitMessage.build(request.subject(), changes, request.trailers()));
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return new Prepared(id, changes);
    }
  }
}
