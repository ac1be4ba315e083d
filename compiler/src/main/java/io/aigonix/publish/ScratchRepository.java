package io.aigonix.publish;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A temporary bare repository to fetch a remote branch into. JGit may start an automatic gc after a
 * fetch, detached in a background thread; in a repository deleted moments later that thread trips
 * over the vanished folder. Scratch repositories therefore never gc.
 */
final class ScratchRepository {
  private ScratchRepository() {}

  static Repository create(Path dir) throws IOException {
    Repository repo = FileRepositoryBuilder.create(dir.toFile());
    repo.create(true);
    StoredConfig config = repo.getConfig();
    config.setInt("gc", null, "auto", 0);
    config.setInt("gc", null, "autoPackLimit", 0);
    config.setBoolean("gc", null, "autoDetach", false);
    config.save();
    return repo;
  }
}
