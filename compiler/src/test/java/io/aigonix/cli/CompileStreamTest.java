package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code compile -o -}: the manifests as one multi-document stream on stdout, and nothing else
 * there.
 */
class CompileStreamTest {
  private static final Path GOLDEN = TestSupport.golden().resolve("webshop/expected");

  @Test
  void streamsEveryManifestOfTheGoldenTreeInPathOrderAfterItsSourceComment() throws IOException {
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(), "compile", "-f", "samples/webshop/aigonix.yaml", "-o", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();

    List<String> manifests = manifests(GOLDEN);
    List<String> sources = new ArrayList<>();
    StringBuilder expected = new StringBuilder();
    for (String path : manifests) {
      sources.add(path);
      expected
          .append("---\n# Source: ")
          .append(path)
          .append('\n')
          .append(Files.readString(GOLDEN.resolve(path)));
    }
    assertThat(run.out()).isEqualTo(expected.toString());
    assertThat(run.out().lines().filter(l -> l.startsWith("# Source: ")).map(l -> l.substring(10)))
        .containsExactlyElementsOf(sources);
    // the Flux Kustomization objects are manifests; Kustomize's own kustomization.yaml files are
    // not
    assertThat(run.out()).doesNotContain("kustomize.config.k8s.io");
  }

  @Test
  void theStreamParsesAsOneManifestPerDocument() {
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(), "compile", "-f", "samples/webshop/aigonix.yaml", "-o", "-");
    List<Object> documents = new ArrayList<>();
    new Yaml(new LoaderOptions()).loadAll(run.out()).forEach(documents::add);
    assertThat(documents).hasSize(run.out().split("\n# Source: ", -1).length - 1);
    assertThat(documents)
        .allSatisfy(
            doc ->
                assertThat(((Map<?, ?>) doc).keySet().stream().map(Object::toString))
                    .contains("apiVersion", "kind", "metadata"));
  }

  @Test
  void machineFormatDiagnosticsGoToStderrWhileStreaming() {
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(),
            "compile",
            "-f",
            "samples/warning-single-replica/aigonix.yaml",
            "-o",
            "-",
            "--format",
            "sarif");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("\"version\"").contains("AGX");
    assertThat(run.out()).startsWith("---\n# Source: ").doesNotContain("\"$schema\"");
  }

  @Test
  void anInputWithErrorsStreamsNothing() {
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(),
            "compile",
            "-f",
            "samples/invalid-unknown-property/aigonix.yaml",
            "-o",
            "-",
            "--format",
            "json");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("AGX1001");
  }

  @Test
  void writesNoFolderNamedDash(@TempDir Path tmp) throws IOException {
    TestSupport.Run run =
        TestSupport.cli(
            tmp,
            "compile",
            "-f",
            TestSupport.root().resolve("samples/minimal/aigonix.yaml").toString(),
            "-o",
            "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files).isEmpty();
    }
  }

  /**
   * The golden tree's files except the kustomization.yaml files, in the stream's order (sorted
   * paths).
   */
  static List<String> manifests(Path tree) throws IOException {
    try (Stream<Path> files = Files.walk(tree)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> tree.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.endsWith("kustomization.yaml") && !p.equals(".aigonix-output"))
          .sorted()
          .toList();
    }
  }
}
