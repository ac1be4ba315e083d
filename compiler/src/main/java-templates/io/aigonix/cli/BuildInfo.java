package io.aigonix.cli;

/**
 * What the build knows, as constants: compiler/pom.xml fills this template in. A constant, not a
 * resource, because reading any resource opens the 15 MB jar's index, which doubled the start-up of
 * {@code aigonix --version} (issue 15).
 */
final class BuildInfo {
  static final String VERSION = "${project.version}";

  private BuildInfo() {}
}
