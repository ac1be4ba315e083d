package io.aigonix.fuzz;

import io.aigonix.TestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutation of the shipped samples, as a careless or hostile user would edit them: lines deleted,
 * duplicated, swapped or re-indented, characters flipped to YAML indicators, values swapped for
 * other types, and a secret marker planted where the schema has no room for it to be shown.
 */
final class Mutations {
  private static final String FLIPS = "abZ09:{}[],-&*!|>#'\"\\ \t\n%@?~`\u00e9\u2028";
  private static final List<String> VALUES =
      List.of(
          "[]",
          "{}",
          "null",
          "~",
          "123",
          "-1",
          "true",
          "\"x\"",
          "[a, b]",
          "{a: b}",
          "&a x",
          "*a",
          "!!binary AAAA",
          "|\n  block",
          "1e400",
          "0x1F",
          ".inf",
          "'",
          "\"\\u0000\"",
          "99999999999999999999",
          "!!int x",
          "- x",
          "? a",
          "<<: {}",
          "");
  private static final List<String> PLANTS =
      List.of(
          "x-secrets: &s %s",
          "X_PASSWORD: %s",
          "DB_TOKEN: \"%s\"",
          "secretEnvs: { DB_PASSWORD: { Dev: %s } }",
          "# %s",
          "env: { K: %s }",
          "env:\n%i  K: %s",
          "secretEnv: { K: { Dev: %s } }",
          "configFiles: { a.txt: { content: %s } }",
          "args: [--password=%s]",
          "content: |\n%i  %s",
          "k: [ %s, x ]");

  private Mutations() {}

  static List<String> samples() {
    try (var folders = Files.list(TestSupport.samples())) {
      return folders
          .map(p -> p.getFileName().toString())
          // too big to mutate per try; the reader refuses them at the door anyway
          .filter(
              name ->
                  !name.equals("invalid-too-large") && !name.equals("invalid-configmap-too-large"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String sample) {
    try {
      return Files.readString(TestSupport.samples().resolve(sample).resolve("aigonix.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sample with 1-6 mutations; one in three also gets a planted secret. */
  static Arbitrary<Mutant> of(List<String> samples) {
    Arbitrary<String> sample = Arbitraries.of(samples);
    Arbitrary<List<Step>> steps = step().list().ofMinSize(1).ofMaxSize(6);
    return Combinators.combine(sample, steps)
        .as(
            (s, list) -> {
              String text = text(s);
              List<String> names = new ArrayList<>();
              for (Step step : list) {
                text = step.apply(text);
                names.add(step.toString());
              }
              return new Mutant(s, text, names);
            });
  }

  /** Generated YAML (not derived from a sample) in the folder of {@code sample}. */
  static Arbitrary<Mutant> generated(String sample) {
    return YamlGenerator.documents().map(text -> new Mutant(sample, text, List.of("generated")));
  }

  private static Arbitrary<Step> step() {
    Arbitrary<Integer> where = Arbitraries.integers().between(0, 1_000_000);
    return Combinators.combine(Arbitraries.of(Kind.class), where, where).as(Step::new);
  }

  enum Kind {
    DELETE,
    DUPLICATE,
    SWAP,
    INDENT,
    DEDENT,
    FLIP,
    TYPE_SWAP,
    PLANT,
    PLANT_AT_TOP
  }

  record Step(Kind kind, int where, int what) {
    String apply(String text) {
      List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
      int n = where % lines.size();
      String line = lines.get(n);
      String indent = line.substring(0, line.length() - line.stripLeading().length());
      switch (kind) {
        case DELETE -> lines.remove(n);
        case DUPLICATE -> lines.add(n, line);
        case SWAP -> {
          if (n + 1 < lines.size()) {
            lines.set(n, lines.get(n + 1));
            lines.set(n + 1, line);
          }
        }
        case INDENT -> lines.set(n, "  ".repeat(1 + what % 2) + line);
        case DEDENT -> lines.set(n, line.substring(Math.min(indent.length(), 1 + what % 2)));
        case FLIP -> {
          if (!text.isEmpty()) {
            int at = where % text.length();
            return text.substring(0, at)
                + FLIPS.charAt(what % FLIPS.length())
                + text.substring(at + 1);
          }
        }
        case TYPE_SWAP -> {
          int colon = line.indexOf(": ");
          if (colon > 0) {
            lines.set(
                n,
                line.substring(0, colon + 2)
                    + VALUES.get(what % VALUES.size()).replace("\n", "\n" + indent));
          }
        }
        case PLANT -> lines.add(n + 1, indent + plant(indent));
        case PLANT_AT_TOP -> lines.add(0, plant(""));
      }
      return String.join("\n", lines);
    }

    private String plant(String indent) {
      return PLANTS.get(what % PLANTS.size()).replace("%i", indent).replace("%s", Mutant.MARKER);
    }
  }
}
