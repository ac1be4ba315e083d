package io.aigonix.seal;

import io.aigonix.Needs;
import io.aigonix.NodeTool;
import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The shared independent Node verifier ({@code ../shared/tools/sealed-verify}) with its test keys and
 * the upstream Go vectors. The tool is copied into {@code target/sealed-verify} (the shared folder is
 * read-only) and set up with {@code npm ci} once, unless the shared folder already has its node_modules.
 * Each accessor goes through {@link Needs}: a plain clone without ../shared or Node skips the test.
 */
final class SealedVerify {
  private static final String TOOL = "tools/sealed-verify";

  private SealedVerify() {}

  /** A file of the tool's folder, e.g. {@code testkeys/expired.crt}, needed {@code purpose}. */
  static Path file(String relative, String purpose) {
    return Needs.shared(TOOL + "/" + relative, purpose);
  }

  static Path testKey() {
    return file("testkeys/tls.key", "to open what we sealed with the sealed-secrets test key");
  }

  static Path testCert() {
    return file("testkeys/tls.crt", "to seal with the sealed-secrets test certificate");
  }

  static Path expiredCert() {
    return file("testkeys/expired.crt", "to check that an expired certificate is refused");
  }

  /** A working copy of the tool with node_modules installed. */
  static Path prepared() throws IOException, InterruptedException {
    return NodeTool.prepared("sealed-verify", "to decrypt our SealedSecrets with the independent verifier");
  }

  record Result(int exit, String out, String err) {}

  static Result run(Path dir, String... command) throws IOException, InterruptedException {
    TestSupport.Run r = NodeTool.run(dir, command);
    return new Result(r.exitCode(), r.out(), r.err());
  }
}
