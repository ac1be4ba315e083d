package io.aigonix.seal;

import java.nio.file.Path;

/** Lets tests in other packages use the shared Node verifier. */
public final class SealedVerifyAccess {
  private SealedVerifyAccess() {}

  public record Result(int exit, String out, String err) {}

  /** ../shared/tools/sealed-verify/testkeys/expired.crt (the test is skipped without it). */
  public static Path expiredCert() {
    return SealedVerify.expiredCert();
  }

  /**
   * ../shared/tools/sealed-verify/testkeys/tls.crt, the test key's certificate (the test is skipped
   * without it).
   */
  public static Path testCert() {
    return SealedVerify.testCert();
  }

  /**
   * Runs {@code node <script> <args>} in a prepared copy of {@code ../shared/tools/<tool>}, needed
   * {@code purpose}.
   */
  public static Result node(String tool, String purpose, String script, String... args)
      throws Exception {
    Path dir = SealedVerify.prepared(tool, purpose);
    String[] command = new String[args.length + 2];
    command[0] = "node";
    command[1] = script;
    System.arraycopy(args, 0, command, 2, args.length);
    SealedVerify.Result r = SealedVerify.run(dir, command);
    return new Result(r.exit(), r.out(), r.err());
  }

  /** Runs {@code unseal.js --json --base64} with the test key on {@code file}. */
  public static Result unseal(Path file) throws Exception {
    Path tool = SealedVerify.prepared();
    SealedVerify.Result r =
        SealedVerify.run(
            tool,
            "node",
            "unseal.js",
            "--key",
            "testkeys/tls.key",
            "--json",
            "--base64",
            file.toString());
    return new Result(r.exit(), r.out(), r.err());
  }
}
