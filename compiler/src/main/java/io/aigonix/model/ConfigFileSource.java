package io.aigonix.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code configFiles.<name>.file} paths are read from. The front end has already checked that
 * each path stays inside the project folder and names a readable file.
 */
@FunctionalInterface
public interface ConfigFileSource {
  byte[] read(String relativePath) throws IOException;

  static ConfigFileSource directory(Path folder) {
    return relativePath -> Files.readAllBytes(folder.resolve(relativePath).normalize());
  }
}
