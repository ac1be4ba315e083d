package io.aigonix.seal;

/**
 * A problem the user can fix (bad certificate, unknown application, a file that cannot be edited
 * safely). Its message is shown as is; it never contains the plaintext being sealed.
 */
public final class SealingException extends Exception {
  private final boolean usage;

  public SealingException(String message) {
    this(message, false);
  }

  public SealingException(String message, Throwable cause) {
    super(message, cause);
    this.usage = false;
  }

  private SealingException(String message, boolean usage) {
    super(message);
    this.usage = usage;
  }

  /**
   * A request seal must refuse as asked (a value that is a secret-store reference): bad usage, exit
   * 2.
   */
  public static SealingException refused(String message) {
    return new SealingException(message, true);
  }

  /**
   * Whether this is a refused request (exit 2) rather than a problem with the file or certificate
   * (exit 1).
   */
  public boolean usage() {
    return usage;
  }
}
