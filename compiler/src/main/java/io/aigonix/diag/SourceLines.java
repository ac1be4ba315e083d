package io.aigonix.diag;

/** Looks up a line of a file's text for quoting under a diagnostic; empty when it is not known. */
@FunctionalInterface
public interface SourceLines {
  SourceLines NONE = (file, line) -> "";

  String line(String file, int line);
}
