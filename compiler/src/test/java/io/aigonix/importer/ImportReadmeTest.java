package io.aigonix.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.Needs;
import io.aigonix.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's import example, taken from the README as it is: its {@code sh} block is run from a
 * copy of the repository's {@code docs/import/}, and every line of the {@code text} block after it
 * must be a line of what the command printed.
 */
class ImportReadmeTest {
  @TempDir Path dir;

  @Test
  void theReadmeExampleRunsAsWrittenAndPrintsWhatTheReadmeShows() throws Exception {
    String readme = Files.readString(TestSupport.root().resolve("README.md"));
    String section = readme.substring(readme.indexOf("### Example: `docs/import/dump.yaml`"));
    List<String> commands = block(section, "```sh\n");
    List<String> shown = block(section, "```text\n");
    assertThat(commands).as("the README's example commands").isNotEmpty();
    Files.createDirectories(dir.resolve("docs/import"));
    Files.copy(
        TestSupport.root().resolve("docs/import/dump.yaml"), dir.resolve("docs/import/dump.yaml"));
    List<String> printed = new ArrayList<>();
    for (String command : commands) {
      assertThat(command).startsWith("./aigonix ");
      String[] args = command.substring("./aigonix ".length()).split(" ");
      TestSupport.Run run = TestSupport.cli(dir, args);
      assertThat(run.exitCode()).as(run.err()).isZero();
      printed.addAll(Arrays.asList(run.err().split("\n")));
    }
    assertThat(printed).containsAll(shown);
    assertThat(Files.readString(dir.resolve("imported/aigonix.yaml")))
        .contains("objectName: purchase-order-api")
        .contains("SEALED-VALUE-UNKNOWN");
  }

  @Test
  void theCommittedDumpIsWhatTheGeneratorWrites() throws Exception {
    Path python =
        Needs.program(
            "python3", "to check that docs/import/dump.yaml is what bench/platform-dump.py writes");
    TestSupport.Run run =
        TestSupport.process(
            TestSupport.root(),
            System.getenv(),
            List.of(python.toString(), "bench/platform-dump.py", "sample"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .as("regenerate it: bench/platform-dump.py sample > docs/import/dump.yaml")
        .isEqualTo(Files.readString(TestSupport.root().resolve("docs/import/dump.yaml")));
  }

  /** The lines of the first fenced block opened by {@code fence} in {@code text}. */
  static List<String> block(String text, String fence) {
    int start = text.indexOf(fence) + fence.length();
    int end = text.indexOf("```", start);
    return Arrays.stream(text.substring(start, end).split("\n")).filter(l -> !l.isBlank()).toList();
  }
}
