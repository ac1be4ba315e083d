package io.aigonix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pins the package rules of ARCHITECTURE.md so the picture stays true. */
class ArchitectureTest {
  private static final Path MAIN = TestSupport.root().resolve("compiler/src/main/java/io/aigonix");

  private static List<String> violations(String pkg, String... forbiddenPrefixes) throws IOException {
    List<String> found = new ArrayList<>();
    Path dir = MAIN.resolve(pkg);
    if (!Files.isDirectory(dir)) {
      return found;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          for (String forbidden : forbiddenPrefixes) {
            if (line.startsWith("import " + forbidden) || line.startsWith("import static " + forbidden)) {
              found.add(MAIN.relativize(f) + ": " + line);
            }
          }
        }
      }
    }
    return found;
  }

  @Test
  void modelImportsNeitherJacksonNorFabric8() throws IOException {
    assertThat(violations("model", "com.fasterxml", "io.fabric8", "io.aigonix.cli")).isEmpty();
  }

  @Test
  void onlyTheSchemaAdapterSeesNetworknt() throws IOException {
    List<String> found = new ArrayList<>();
    for (String pkg : List.of("cli", "diag", "source", "spec", "model", "generate", "render", "seal", "publish", "pipeline")) {
      found.addAll(violations(pkg, "com.networknt"));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void stagesDoNotDependOnTheCommandLine() throws IOException {
    List<String> found = new ArrayList<>();
    for (String pkg : List.of("diag", "source", "validate", "spec", "model", "generate", "render", "seal", "publish", "pipeline")) {
      found.addAll(violations(pkg, "io.aigonix.cli", "picocli"));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void diagnosticsDependOnNoStage() throws IOException {
    assertThat(violations("diag", "io.aigonix.source", "io.aigonix.validate", "io.aigonix.spec",
        "io.aigonix.model", "io.aigonix.generate", "io.aigonix.pipeline")).isEmpty();
  }
}
