package io.aigonix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout owner (io.aigonix.layout) is the only code that spells the output's folder and file
 * names. ArchUnit sees dependencies, not string literals, so this reads the main sources for them.
 */
class LayoutNamesTest {
  private static final Path MAIN = TestSupport.root().resolve("compiler/src/main/java/io/aigonix");
  private static final Pattern LAYOUT_NAME =
      Pattern.compile(
          "\"[^\"]*(_application|_gitops|kustomization\\.yaml|\\.aigonix-output)[^\"]*\"");

  @Test
  void onlyTheLayoutNamesFolders() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        if (MAIN.relativize(file).startsWith("layout")) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String code = lines.get(i).strip();
          if (!code.startsWith("*") && !code.startsWith("//") && LAYOUT_NAME.matcher(code).find()) {
            found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + code);
          }
        }
      }
    }
    assertThat(found)
        .as("folder and file names of the output belong to io.aigonix.layout")
        .isEmpty();
  }
}
