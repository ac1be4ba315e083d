package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import io.aigonix.pipeline.Compiler;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@link ValidateLine} reads a command line exactly as picocli does, or leaves it to picocli: on
 * generated command lines, every request it makes is the one picocli parses, and a run through it
 * prints what a run through picocli prints.
 */
class ValidateLineTest {
  private static final List<String> TOKENS =
      List.of(
          "-f",
          "--file",
          "--file=a.yaml",
          "--file=",
          "-fa.yaml",
          "-f=a.yaml",
          "a.yaml",
          "b.yaml",
          "x=y.yaml",
          "--format",
          "--format=json",
          "--format=",
          "json",
          "JSON",
          "Sarif",
          "github",
          "text",
          "xml",
          "--strict",
          "--strict=true",
          "--strict=false",
          "-h",
          "--help",
          "-V",
          "--",
          "-",
          "@args.txt",
          "",
          "validate",
          "--unknown",
          "-x");

  @Test
  void everyRequestItMakesIsTheOnePicocliParses() {
    Random random = new Random(15);
    int taken = 0;
    for (int i = 0; i < 20_000; i++) {
      List<String> args = new ArrayList<>(List.of("validate"));
      int n = random.nextInt(7);
      for (int j = 0; j < n; j++) {
        args.add(TOKENS.get(random.nextInt(TOKENS.size())));
      }
      String[] line = args.toArray(String[]::new);
      Optional<ValidateRequest> fast = ValidateLine.parse(line);
      if (fast.isPresent()) {
        taken++;
        assertThat(fast.get()).as(args.toString()).isEqualTo(picocli(line));
      }
    }
    assertThat(taken).as("command lines the fast path took").isGreaterThan(1_000);
  }

  @Test
  void takesThePlainFormsAHookRuns() {
    for (String[] line :
        new String[][] {
          {"validate"},
          {"validate", "-f", "a.yaml"},
          {"validate", "--file", "a.yaml", "--strict"},
          {"validate", "--file=a.yaml", "--format=SARIF"},
          {"validate", "--format", "json", "a.yaml", "b.yaml"},
          {"validate", "a.yaml", "-f", "b.yaml", "c.yaml"}
        }) {
      assertThat(ValidateLine.parse(line)).as(Arrays.toString(line)).contains(picocli(line));
    }
  }

  @Test
  void leavesEverythingElseToPicocli() {
    for (String[] line :
        new String[][] {
          {"compile", "-o", "out"},
          {"validate", "-h"},
          {"validate", "--help"},
          {"validate", "-V"},
          {"validate", "--", "a.yaml"},
          {"validate", "@args.txt"},
          {"validate", "-fa.yaml"},
          {"validate", "-f=a.yaml"},
          {"validate", "-f", "a.yaml", "-f", "b.yaml"},
          {"validate", "-f"},
          {"validate", "-f", "--strict"},
          {"validate", "--format", "xml"},
          {"validate", "--format", "json", "--format", "text"},
          {"validate", "--strict", "--strict"},
          {"validate", "--strict=true"},
          {"validate", "--file="},
          {"validate", "-"},
          {"validate", ""},
          {"validate", "--unknown"}
        }) {
      assertThat(ValidateLine.parse(line)).as(Arrays.toString(line)).isEmpty();
    }
  }

  @Test
  void aRunWithoutPicocliPrintsWhatARunThroughItPrints() {
    List<String> samples =
        List.of(
            "samples/webshop/aigonix.yaml",
            "samples/warning-unpinned-image/aigonix.yaml",
            "samples/invalid-unknown-property/aigonix.yaml",
            "samples/invalid-yaml/aigonix.yaml",
            "samples/no-such-sample/aigonix.yaml");
    for (String sample : samples) {
      for (String format : List.of("text", "json", "sarif", "github")) {
        for (boolean strict : List.of(false, true)) {
          List<String> args =
              new ArrayList<>(List.of("validate", "-f", sample, "--format", format));
          if (strict) {
            args.add("--strict");
          }
          TestSupport.Run fast = TestSupport.cli(TestSupport.root(), args.toArray(String[]::new));
          args.add("--"); // ends the options: the same request, which only picocli reads
          TestSupport.Run slow = TestSupport.cli(TestSupport.root(), args.toArray(String[]::new));
          assertThat(fast).as(args.toString()).isEqualTo(slow);
        }
      }
    }
  }

  /** The request picocli parses from {@code line}, as {@link Main} configures it. */
  private static ValidateRequest picocli(String... line) {
    Invocation io =
        new Invocation(
            TestSupport.root(),
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            TestSupport.NOW);
    ValidateCommand validate = new ValidateCommand(io, new Compiler());
    CommandLine cli = new CommandLine(validate.spec());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.parseArgs(Arrays.copyOfRange(line, 1, line.length));
    return validate.request();
  }
}
