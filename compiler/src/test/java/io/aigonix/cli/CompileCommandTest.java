package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aigonix compile} through the CLI: what it writes, and what it refuses to touch. */
class CompileCommandTest {

  @Test
  void writesTheGoldenTreeAndReplacesStaleFiles(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(),
            "compile",
            "-f",
            "samples/webshop/aigonix.yaml",
            "-o",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Files.writeString(out.resolve("webshop/dev/stale.yaml"), "left from an older compile\n");

    assertThat(
            TestSupport.cli(
                    TestSupport.root(),
                    "compile",
                    "-f",
                    "samples/webshop/aigonix.yaml",
                    "-o",
                    out.toString())
                .exitCode())
        .isZero();
    Path golden = TestSupport.golden().resolve("webshop/expected");
    assertThat(files(out)).isEqualTo(files(golden));
    for (String file : files(golden)) {
      assertThat(Files.readAllBytes(out.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(golden.resolve(file)));
    }
  }

  @Test
  void anInputWithErrorsLeavesTheOutputAsItWas(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("out");
    assertThat(
            TestSupport.cli(
                    TestSupport.root(),
                    "compile",
                    "-f",
                    "samples/minimal/aigonix.yaml",
                    "-o",
                    out.toString())
                .exitCode())
        .isZero();
    List<String> before = files(out);

    TestSupport.Run bad =
        TestSupport.cli(
            TestSupport.root(),
            "compile",
            "-f",
            "samples/invalid-unknown-property/aigonix.yaml",
            "-o",
            out.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
    assertThat(bad.err()).contains("AGX1001");
    assertThat(files(out)).isEqualTo(before);
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }

  @Test
  void refusesToReplaceAFolderThatIsNotAnOutput(@TempDir Path tmp) throws IOException {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("Main.java"), "class Main {}\n");
    TestSupport.Run run =
        TestSupport.cli(
            TestSupport.root(),
            "compile",
            "-f",
            "samples/minimal/aigonix.yaml",
            "-o",
            src.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(Files.readString(src.resolve("Main.java"))).isEqualTo("class Main {}\n");
  }

  @Test
  void aMissingInputIsAnIoFailure(@TempDir Path tmp) {
    assertThat(TestSupport.cli(tmp, "compile", "-f", "nope.yaml", "-o", "out").exitCode())
        .isEqualTo(ExitCodes.IO_FAILURE);
    assertThat(Files.exists(tmp.resolve("out"))).isFalse();
  }

  /** Relative paths of the files under {@code dir}, sorted, without the output marker. */
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.equals(".aigonix-output"))
          .sorted()
          .toList();
    }
  }
}
