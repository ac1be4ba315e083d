package io.aigonix.model;

import java.io.IOException;

/**
 * Where {@code configFiles.<name>.file} paths are read from. The production source is {@code
 * source.ProjectFiles}, which confines every read to the folder of aigonix.yaml (symlinks resolved)
 * at the moment it reads, whatever validation found earlier.
 */
@FunctionalInterface
public interface ConfigFileSource {
  byte[] read(String relativePath) throws IOException;
}
