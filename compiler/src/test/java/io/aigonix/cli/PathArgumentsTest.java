package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A path on the command line that the file system cannot name is bad usage, not a crash. */
class PathArgumentsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "validate|-f|a\0b.yaml",
        "compile|-f|a\0b.yaml|-o|out",
        "compile|-f|aigonix.yaml|-o|o\0ut",
        "diff|-f|a\0b.yaml|--against|out",
        "import|-f|d\0ump.yaml|-o|out"
      })
  void aPathWithANulIsBadUsage(String commandLine, @TempDir Path dir) throws IOException {
    Files.copy(
        TestSupport.root().resolve("samples/minimal/aigonix.yaml"), dir.resolve("aigonix.yaml"));
    TestSupport.Run run = TestSupport.cli(dir, commandLine.split("\\|"));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("is no file name here").doesNotContain("internal error");
  }

  /**
   * In the C locale (containers, {@code env -i}) Java's file-name encoding is ASCII: a name like
   * café.yaml cannot be opened, and before this was exit 4 with a stack trace.
   */
  @Test
  void aNameOutsideTheFileNameEncodingIsBadUsageInTheCLocale(@TempDir Path dir) throws Exception {
    Files.copy(
        TestSupport.root().resolve("samples/minimal/aigonix.yaml"), dir.resolve("aigonix.yaml"));
    for (String[] args :
        List.of(
            new String[] {"validate", "-f", "café/aigonix.yaml"},
            new String[] {"compile", "-f", "aigonix.yaml", "-o", "ö"})) {
      Process process = inTheCLocale(dir, args);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.USAGE);
      assertThat(err).contains("is no file name here").contains("LC_ALL=C.UTF-8");
      assertThat(err).doesNotContain("Exception");
    }
  }

  private static Process inTheCLocale(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
    builder.environment().put("LC_ALL", "C");
    return builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }
}
