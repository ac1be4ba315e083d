package io.aigonix.seal;

/** How a {@link Sealing#seal} ended, for the command line to report. Never holds the plaintext. */
public sealed interface SealResult {
  /**
   * The file has errors that make names or ids doubtful (or no spec at all); nothing was sealed.
   */
  record FileHasErrors() implements SealResult {}

  /** Sealed; the ciphertext is to be shown. */
  record Sealed(SealTarget target, String ciphertext) implements SealResult {}

  /** Sealed and written into the file. */
  record Written(SealTarget target) implements SealResult {}

  /**
   * Sealed, but the edit was refused and the file left as it was; the ciphertext is to be shown.
   */
  record NotWritten(SealTarget target, String ciphertext, String reason) implements SealResult {}
}
