package io.aigonix.source;

import io.aigonix.model.ConfigFileSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files referenced from aigonix.yaml, confined to its folder: a path is taken only when it is
 * relative and, with every symlink resolved, still inside the folder. Both the validator and the
 * model builder read config files through this class (the model builder as its {@link
 * ConfigFileSource}).
 */
public final class ProjectFiles implements ConfigFileSource {
  private static final String THROUGH_LINK =
      "resolves through a symlink to outside the project folder";
  private final Path root;

  public ProjectFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * Why {@code relative} leaves the project, or empty when it stays inside (or does not exist yet).
   */
  public Optional<String> escape(String relative) {
    Path given;
    try {
      given = Path.of(relative);
    } catch (InvalidPathException e) {
      return Optional.of("is not a valid path");
    }
    if (given.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\")) {
      return Optional.of("is an absolute path");
    }
    Path resolved = root.resolve(given).normalize();
    if (!resolved.startsWith(root)) {
      return Optional.of("points outside the project folder");
    }
    try {
      if (Files.exists(resolved) && !resolved.toRealPath().startsWith(root.toRealPath())) {
        return Optional.of(THROUGH_LINK);
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Why a contained path cannot be read, or empty when it is a readable regular file. */
  public Optional<String> unreadable(String relative) {
    Path resolved = root.resolve(relative).normalize();
    if (!Files.exists(resolved)) {
      return Optional.of("does not exist");
    }
    if (!Files.isRegularFile(resolved)) {
      return Optional.of("is not a regular file");
    }
    if (!Files.isReadable(resolved)) {
      return Optional.of("cannot be read");
    }
    return Optional.empty();
  }

  /** Size in bytes of a readable contained file. */
  public long size(String relative) throws IOException {
    return Files.size(root.resolve(relative).normalize());
  }

  /**
   * The bytes of a contained regular file, checked again as it is read rather than trusted from
   * validation: the file may have changed since, and the model builder may be called without it.
   * The path is resolved through every symlink and must still be inside the folder; the resolved
   * file is then opened without following a link, so a link put in its place after the check is
   * refused (a folder on the way swapped in that instant is not: Java cannot open relative to a
   * folder handle).
   */
  @Override
  public byte[] read(String relative) throws IOException {
    Optional<String> escape = escape(relative);
    if (escape.isPresent()) {
      throw new IOException("config file '" + relative + "' " + escape.get());
    }
    Path real = root.resolve(relative).normalize().toRealPath();
    if (!real.startsWith(root.toRealPath())) {
      throw new IOException("config file '" + relative + "' " + THROUGH_LINK);
    }
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("config file '" + relative + "' is not a regular file");
    }
    try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
      return in.readAllBytes();
    }
  }
}
