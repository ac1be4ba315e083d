package io.aigonix.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.aigonix.layout.Layout;
import io.aigonix.render.OutputTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code samples/<name>/aigonix.yaml} → {@code golden-tests/<name>/expected/**}, byte for byte, for
 * every sample that should compile. {@code -Daigonix.updateGolden=true} rewrites the expected
 * trees; review the change in the Git diff.
 */
class CompileGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("aigonix.updateGolden");

  @TestFactory
  Stream<DynamicTest> goldenTrees() {
    Path samples = Golden.root().resolve("samples");
    Path golden = Golden.root().resolve("golden-tests");
    List<DynamicTest> tests = new ArrayList<>();
    for (String sample : Golden.folders(samples)) {
      if (Golden.compilable(sample)) {
        tests.add(
            DynamicTest.dynamicTest(
                sample, () -> check(sample, golden.resolve(sample).resolve("expected"))));
      }
    }
    tests.add(
        DynamicTest.dynamicTest(
            "every golden folder has a sample",
            () -> {
              for (String name : Golden.folders(golden)) {
                if (Golden.compilable(name)) {
                  assertTrue(
                      samples.resolve(name).resolve("aigonix.yaml").toFile().isFile(),
                      "golden-tests/" + name + " has no samples/" + name + "/aigonix.yaml");
                }
              }
            }));
    return tests.stream();
  }

  private static void check(String sample, Path expectedDir) throws Exception {
    OutputTree actual = Golden.compile(sample);
    assertEquals(actual, Golden.compile(sample), "compiling twice gives different bytes");
    Yaml yaml = new Yaml(new LoaderOptions());
    actual
        .files()
        .forEach(
            (path, bytes) -> {
              if (Layout.isEdgeConfigFile(path)) {
                return; // the team's config file, byte for byte (binary ones too); not a rendered
                // document
              }
              String text = Golden.utf8(bytes);
              assertTrue(
                  text.endsWith("\n") && !text.contains("\r"),
                  path + ": LF line endings and a final newline");
              yaml.load(text);
            });
    if (UPDATE) {
      Golden.write(actual, expectedDir);
      return;
    }
    if (!expectedDir.toFile().isDirectory()) {
      fail(
          "sample "
              + sample
              + " has no golden-tests/"
              + sample
              + "/expected (run with -Daigonix.updateGolden=true)");
    }
    String diff = Golden.diff(Golden.read(expectedDir), actual);
    if (!diff.isEmpty()) {
      fail(
          "compiled tree of "
              + sample
              + " differs from golden-tests/"
              + sample
              + "/expected:\n"
              + diff);
    }
  }
}
