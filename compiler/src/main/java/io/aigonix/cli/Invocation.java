package io.aigonix.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Everything a command may take from the outside world, passed in rather than read from globals, so
 * tests run commands in-process with their own folder, input, environment and clock.
 */
public record Invocation(
    Path workingDirectory,
    InputStream stdin,
    Map<String, String> environment,
    PrintWriter out,
    PrintWriter err,
    Instant now) {

  public Invocation {
    environment = Map.copyOf(environment);
  }

  /**
   * The same world with another stdout (a command whose stdout carries data sends its reports
   * elsewhere).
   */
  public Invocation withOut(PrintWriter otherOut) {
    return new Invocation(workingDirectory, stdin, environment, otherOut, err, now);
  }

  /** A path given on the command line, relative to the working directory. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path).toAbsolutePath().normalize();
  }
}
