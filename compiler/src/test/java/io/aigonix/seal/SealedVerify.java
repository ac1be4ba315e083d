package io.aigonix.seal;

import io.aigonix.NodeTool;
import java.io.IOException;
import java.nio.file.Path;

/** The shared independent Node verifier ({@code ../shared/tools/sealed-verify}), set up by {@link NodeTool}. */
final class SealedVerify {
  private SealedVerify() {}

  static Path root() {
    return io.aigonix.TestSupport.root();
  }

  static Path shared() {
    return NodeTool.shared("sealed-verify");
  }

  static Path testKey() {
    return shared().resolve("testkeys/tls.key");
  }

  static Path testCert() {
    return shared().resolve("testkeys/tls.crt");
  }

  /** A working copy of the tool with node_modules installed. */
  static Path prepared() throws IOException, InterruptedException {
    return NodeTool.prepared("sealed-verify");
  }

  static NodeTool.Result run(Path dir, String... command) throws IOException, InterruptedException {
    return NodeTool.run(dir, command);
  }
}
