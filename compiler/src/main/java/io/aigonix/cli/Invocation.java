package io.aigonix.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
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

  /**
   * A path given on the command line, relative to the working directory; one the file system cannot
   * name is the user's to fix (exit 2). Java takes its file-name encoding from the locale, which is
   * ASCII in the C/POSIX locale of many containers, so there a name like {@code café.yaml} cannot
   * be opened at all.
   */
  public Path resolve(String path) {
    try {
      return workingDirectory.resolve(path).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      String encoding = System.getProperty("sun.jnu.encoding", "unknown");
      throw new UserError(
          ExitCodes.USAGE,
          "'"
              + path
              + "' is no file name here ("
              + e.getReason()
              + "; this system's file-name encoding is "
              + encoding
              + ": a name outside it needs a UTF-8 locale, e.g. LC_ALL=C.UTF-8)");
    }
  }
}
