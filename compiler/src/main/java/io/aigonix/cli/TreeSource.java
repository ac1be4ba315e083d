package io.aigonix.cli;

import io.aigonix.render.OutputTree;
import io.aigonix.spec.AigonixSpec;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Compiles a validated aigonix.yaml into its OutputTree, for {@code diff} and {@code publish}. An
 * interface so that those commands are tested with trees built in the test, and so that they do not
 * depend on how the compiler is put together.
 */
@FunctionalInterface
public interface TreeSource {
  OutputTree compile(Path file, AigonixSpec spec) throws IOException;

  /** The compiler of this build: the one place diff and publish get their tree from. */
  static TreeSource standard() {
    return (file, spec) -> new io.aigonix.pipeline.Compiler().compile(spec, file.getParent());
  }
}
