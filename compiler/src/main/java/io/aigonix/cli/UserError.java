package io.aigonix.cli;

/**
 * A failure the user can fix, reported as one line without a stack trace and with an exit code.
 * Never carries a secret: callers build the message from names, not values.
 */
public final class UserError extends RuntimeException {
  private final int exitCode;

  public UserError(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
