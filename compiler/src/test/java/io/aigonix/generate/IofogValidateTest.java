package io.aigonix.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.Needs;
import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * SPEC §9: every edge folder of every golden tree passes the independent ioFog checker ({@code
 * ../shared/tools/iofog-validate}, rules from iofogctl v3.1, the Controller and the Agent) with 0
 * errors. All edge folders of a tree are checked in one run, as the Controller sees them all
 * (external ports are per agent, across applications). The one warning it may give, accessMode "ro"
 * (the Agent's string comparison), is the one the README explains. Skips without ../shared or Node,
 * unless CI=true.
 */
class IofogValidateTest {
  private static final String RO_WARNING = "accessMode \"ro\" may not make the mount read-only";

  @TestFactory
  Stream<DynamicTest> everyEdgeFolderOfEveryGoldenTreePasses() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : TestSupport.folders(TestSupport.golden())) {
      List<Path> files = edgeFiles(TestSupport.golden().resolve(name).resolve("expected"));
      if (!files.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(name, () -> check(files)));
      }
    }
    assertThat(tests).as("golden trees with edge folders").isNotEmpty();
    return tests.stream();
  }

  private static void check(List<Path> files) throws Exception {
    Path tool = prepared();
    List<String> command = new ArrayList<>(List.of("node", "validate.js"));
    files.forEach(f -> command.add(f.toString()));
    Process p =
        new ProcessBuilder(command).directory(tool.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).as(out).containsPattern("\\d+ documents, 0 errors, \\d+ warnings");
    for (String line : out.lines().filter(l -> l.contains(": warning: ")).toList()) {
      assertThat(line).as("a warning the README does not explain").contains(RO_WARNING);
    }
  }

  /**
   * application.yaml and volumes.yaml of every edge folder (never files/: config files are not
   * documents).
   */
  static List<Path> edgeFiles(Path tree) throws IOException {
    if (!Files.isDirectory(tree)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(tree, 3)) {
      return walk.filter(p -> tree.relativize(p).getNameCount() == 3)
          .filter(
              p ->
                  p.getFileName().toString().equals("application.yaml")
                      || p.getFileName().toString().equals("volumes.yaml"))
          .sorted()
          .toList();
    }
  }

  private static synchronized Path prepared() throws Exception {
    Path shared =
        Needs.sharedAndNode(
            "tools/iofog-validate",
            "to check the edge folders against iofogctl's and the Controller's rules");
    Path target = TestSupport.root().resolve("compiler/target/iofog-validate");
    if (!Files.isDirectory(target.resolve("node_modules/yaml"))) {
      TestSupport.copyTree(shared, target);
      if (!Files.isDirectory(target.resolve("node_modules/yaml"))) {
        Process npm =
            new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(target.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor()).as("npm ci in " + target + ":\n" + out).isZero();
      }
    }
    return target;
  }
}
