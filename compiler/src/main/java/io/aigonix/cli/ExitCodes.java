package io.aigonix.cli;

/** SPEC §4 exit codes. */
public final class ExitCodes {
  public static final int OK = 0;

  /** The input has errors, or {@code diff --exit-code} found a change. */
  public static final int INPUT_ERRORS = 1;

  public static final int USAGE = 2;
  public static final int IO_FAILURE = 3;
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
