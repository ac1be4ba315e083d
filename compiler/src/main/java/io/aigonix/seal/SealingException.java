package io.aigonix.seal;

/**
 * A problem the user can fix (bad certificate, unknown application, a file that cannot be edited
 * safely). Its message is shown as is; it never contains the plaintext being sealed.
 */
public final class SealingException extends Exception {
  public SealingException(String message) {
    super(message);
  }

  public SealingException(String message, Throwable cause) {
    super(message, cause);
  }
}
