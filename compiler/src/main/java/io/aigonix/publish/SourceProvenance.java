package io.aigonix.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Where {@code aigonix.yaml} came from, as commit trailers: {@code Source-Commit: <HEAD sha>} and
 * {@code Source-Path: <path in its repository>} when the file lives in a Git work tree. When the
 * file differs from its version at HEAD (edited or untracked), the sha gets a {@code -dirty}
 * suffix, as in {@code git describe --dirty}: the manifests then do not come from that commit
 * alone, and a tool that resolves the sha fails loudly instead of trusting it.
 */
public record SourceProvenance(String commit, boolean dirty, String path) {

  /**
   * Empty when the file is not inside a non-bare Git work tree (or the repository cannot be read).
   */
  public static Optional<SourceProvenance> of(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().findGitDir(abs.getParent().toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repo = builder.setMustExist(true).build()) {
      if (repo.isBare()) {
        return Optional.empty();
      }
      Path root = repo.getWorkTree().toPath().toAbsolutePath().normalize();
      Path real = abs.toRealPath();
      Path relative =
          (real.startsWith(root.toRealPath())
              ? root.toRealPath().relativize(real)
              : root.relativize(abs));
      String path = relative.toString().replace('\\', '/');
      ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
      if (head == null) {
        return Optional.of(new SourceProvenance(null, true, path));
      }
      return Optional.of(
          new SourceProvenance(
              head.name(), !sameAsHead(repo, head, path, Files.readAllBytes(abs)), path));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean sameAsHead(Repository repo, ObjectId head, String path, byte[] content)
      throws IOException {
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(head);
      try (TreeWalk tw = TreeWalk.forPath(repo, path, commit.getTree())) {
        if (tw == null) {
          return false;
        }
        ObjectId blob = new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, content);
        return blob.equals(tw.getObjectId(0));
      }
    }
  }

  public List<String> trailers() {
    List<String> out = new ArrayList<>();
    if (commit != null) {
      out.add("Source-Commit: " + commit + (dirty ? "-dirty" : ""));
    }
    out.add("Source-Path: " + path);
    return out;
  }
}
