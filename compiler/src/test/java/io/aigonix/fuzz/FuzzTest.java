package io.aigonix.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import io.aigonix.source.ScalarExtents;
import io.aigonix.source.ScalarExtentsTest;
import io.aigonix.validate.SecretLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Issue 10's fuzz harness: mutated samples and generated YAML through validate, compile and seal
 * --write, in process through the real command line. Properties: no exit 4 (an exception escaped),
 * no planted secret in any diagnostics format unless it landed where values are shown, compile
 * output deterministic, and --write never leaves the plaintext in the file. Each property runs for
 * {@code aigonix.fuzz.seconds} (see {@link TimeBudget}); {@code mvn test -Pfuzz} runs long.
 */
@AddLifecycleHook(TimeBudget.class)
class FuzzTest {
  private static final int TRIES = 1_000_000;

  @Provide
  Arbitrary<Mutant> inputs() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Mutations.of(Mutations.samples())),
        net.jqwik.api.Tuple.of(1, Mutations.generated("minimal")));
  }

  @Provide
  Arbitrary<Mutant> webshop() {
    return Mutations.of(java.util.List.of("webshop"));
  }

  @Property(tries = TRIES)
  void validateNeverCrashesNorShowsAPlantedSecret(
      @ForAll("inputs") Mutant input, @ForAll("formats") String format) throws IOException {
    inProject(
        input,
        dir -> {
          TestSupport.Run run = TestSupport.cli(dir, "validate", "--format", format);
          assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
          assertNoLeak(input, run.out() + run.err());
        });
  }

  /**
   * Quoting takes where each scalar is from the reader's recorded events; on any input that loads
   * they must be what a fresh scan of the text finds.
   */
  @Property(tries = TRIES)
  void theReadersEventsGiveTheScalarExtentsOfAFreshScan(@ForAll("inputs") Mutant input) {
    ScalarExtentsTest.recordedMatchesAFreshScan(input.text());
  }

  @Property(tries = TRIES)
  void compileNeverCrashesAndIsDeterministic(@ForAll("inputs") Mutant input) throws IOException {
    inProject(
        input,
        dir -> {
          TestSupport.Run first = TestSupport.cli(dir, "compile", "-o", "out1");
          TestSupport.Run second = TestSupport.cli(dir, "compile", "-o", "out2");
          assertThat(first.exitCode()).as(first.err()).isIn(0, 1);
          assertThat(second.exitCode()).isEqualTo(first.exitCode());
          assertNoLeak(input, first.out() + first.err());
          if (first.exitCode() == 0) {
            assertThat(tree(dir.resolve("out2"))).isEqualTo(tree(dir.resolve("out1")));
          }
          try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out")))
                .isEmpty();
          }
        });
  }

  @Property(tries = TRIES)
  void sealWriteNeverCrashesNorWritesThePlaintext(@ForAll("webshop") Mutant input)
      throws IOException {
    inProject(
        input,
        dir -> {
          TestSupport.Run run =
              TestSupport.cli(
                  dir,
                  new ByteArrayInputStream(Mutant.MARKER.getBytes(StandardCharsets.UTF_8)),
                  Map.of(),
                  "seal",
                  "--app",
                  "Webshop",
                  "--env",
                  "Prod",
                  "--microservice",
                  "Orders",
                  "--key",
                  "DB_PASSWORD",
                  "--write");
          assertThat(run.exitCode()).as(run.err()).isIn(0, 1, 2, 3);
          String written = Files.readString(dir.resolve("aigonix.yaml"));
          if (!input.text().contains(Mutant.MARKER)) {
            assertThat(run.out() + run.err() + written).doesNotContain(Mutant.MARKER);
          }
        });
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("text", "json", "sarif", "github");
  }

  /**
   * The marker may only show if it sits in a key or a value at a position that is shown by design
   * (a name typed as a secret is still a name); anywhere else, seeing it is a leak.
   */
  private static void assertNoLeak(Mutant input, String output) {
    if (!output.contains(Mutant.MARKER) || shownByDesign(input.text())) {
      return;
    }
    assertThat(output).as("planted secret shown").doesNotContain(Mutant.MARKER);
  }

  private static boolean shownByDesign(String text) {
    ScalarExtents extents = ScalarExtents.of(text);
    String[] lines = text.split("\r\n|\r|\n|\u0085|\u2028|\u2029", -1);
    for (int n = 0; n < lines.length; n++) {
      int[] cps = lines[n].codePoints().toArray();
      String line = lines[n];
      for (int at = line.indexOf(Mutant.MARKER);
          at >= 0;
          at = line.indexOf(Mutant.MARKER, at + 1)) {
        int column = line.codePointCount(0, at);
        for (ScalarExtents.Extent e : extents.on(n + 1)) {
          if (column >= e.start()
              && column < Math.min(e.end(), cps.length)
              && (e.key() || SecretLines.isSafe(e.pointer()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  interface ProjectCheck {
    void check(Path project) throws IOException;
  }

  /**
   * Runs {@code check} in a fresh copy of the input's sample folder holding the input as
   * aigonix.yaml.
   */
  private static void inProject(Mutant input, ProjectCheck check) throws IOException {
    Path dir = Files.createTempDirectory("aigonix-fuzz");
    Path project = dir.resolve("p");
    TestSupport.copySample(input.sample(), project);
    Files.writeString(project.resolve("aigonix.yaml"), input.text());
    try {
      check.check(project);
    } finally {
      delete(project);
    }
  }

  /** Every file's bytes (base64, so binary config files of edge folders compare too) by path. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(p).toString(),
            java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  private static void delete(Path project) throws IOException {
    try (Stream<Path> walk = Files.walk(project.getParent())) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
