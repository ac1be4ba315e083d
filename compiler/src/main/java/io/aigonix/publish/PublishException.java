package io.aigonix.publish;

/**
 * A Git or I/O failure while publishing or reading a repository (CLI exit code 3). The message is
 * already scrubbed of credentials; the cause is not kept, because JGit messages may carry URLs with
 * user info.
 */
public final class PublishException extends Exception {
  public PublishException(String message) {
    super(Scrubber.scrubUrls(message));
  }

  public static PublishException of(String what, Throwable cause) {
    String detail =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new PublishException(what + ": " + detail);
  }
}
