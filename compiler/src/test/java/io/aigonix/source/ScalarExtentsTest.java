package io.aigonix.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extents quoting uses come from the reader's own events ({@link ScalarExtents.Log}) instead of
 * a second parse; they must be exactly those a fresh scan of the text finds, or a quoted line could
 * hide the wrong span and show a secret.
 */
public class ScalarExtentsTest {
  private static final Path FILE = Path.of("/project/aigonix.yaml");

  /** The extents of every line, in a comparable form. */
  static List<List<ScalarExtents.Extent>> lines(ScalarExtents extents, String text) {
    List<List<ScalarExtents.Extent>> lines = new ArrayList<>();
    int count = (int) text.chars().filter(c -> c == '\n' || c == '\r').count() + 2;
    for (int line = 0; line <= count; line++) {
      List<ScalarExtents.Extent> on = new ArrayList<>(extents.on(line));
      on.sort(
          java.util.Comparator.comparingInt(ScalarExtents.Extent::start)
              .thenComparingInt(ScalarExtents.Extent::end));
      lines.add(on);
    }
    return lines;
  }

  /**
   * Asserts the recorded extents equal a fresh scan's; false when the text did not load (also used
   * by the fuzz harness).
   */
  public static boolean recordedMatchesAFreshScan(String text) {
    var source = new YamlReader().parse(FILE, "aigonix.yaml", text).source();
    if (source.isEmpty()) {
      return false;
    }
    assertThat(source.get().events()).as("the reader kept its events").isNotNull();
    ScalarExtents recorded = source.get().scalarExtents();
    ScalarExtents fresh = ScalarExtents.of(text);
    assertThat(recorded.coveredLines()).isEqualTo(fresh.coveredLines());
    assertThat(lines(recorded, text)).isEqualTo(lines(fresh, text));
    return true;
  }

  static Stream<Path> samples() throws IOException {
    Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(samples)) {
      return files.filter(f -> f.getFileName().toString().equals("aigonix.yaml")).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleThatLoadsGetsTheExtentsOfAFreshScan(Path sample) throws IOException {
    String text = Files.readString(sample);
    boolean loaded = recordedMatchesAFreshScan(text);
    assertThat(loaded || sample.toString().contains("invalid")).as(sample.toString()).isTrue();
  }

  static Stream<Arguments> trickyTexts() {
    return Stream.of(
        Arguments.of("a: &x {p: secret, q: [1, 2]}\nb: *x\nc:\n  <<: *x\n  r: s\n", true),
        Arguments.of("a: |\n  line one\n  line two\nb: >-\n  folded\nc: 'multi\n  line'\n", true),
        Arguments.of("- !tag x\n- &a y\n- *a\n- [a, {b: c}, 'd']\n- \"e\\nf\"\n", true),
        Arguments.of("dup: 1\ndup: 2\n\"\": empty key\n", true),
        Arguments.of("a:\r\n  b: c\r\n  d: e\u0085f: g\n", true),
        Arguments.of("k: v # comment\n# only a comment\nl: \"#not\"\n", true),
        // not loaded, so nothing recorded is used: a complex key, an undefined alias
        Arguments.of("? [complex, key]\n: value\n", false),
        Arguments.of("a: *nowhere\n", false));
  }

  @ParameterizedTest
  @MethodSource("trickyTexts")
  void trickyTextsGetTheExtentsOfAFreshScan(String text, boolean loads) {
    assertThat(recordedMatchesAFreshScan(text)).isEqualTo(loads);
  }

  private static ScalarExtents.Extent key(int start, int end) {
    return new ScalarExtents.Extent(start, end, true, null);
  }

  private static ScalarExtents.Extent value(int start, int end, String pointer) {
    return new ScalarExtents.Extent(start, end, false, pointer);
  }

  /**
   * What a scan finds, pinned: after an alias the next scalar is a key again (so the value after it
   * is hidden where a secret could be), an alias as a key makes its value a member, and lines after
   * a syntax error are not covered.
   */
  @Test
  void aScanTellsKeysFromValuesAroundAliasesAndStopsCoveringAtAnError() {
    ScalarExtents afterAlias = ScalarExtents.of("a: &x s\nb: *x\nc: secret\n");
    assertThat(afterAlias.on(1)).containsExactlyInAnyOrder(key(0, 1), value(3, 7, "/a"));
    assertThat(afterAlias.on(2)).containsExactly(key(0, 1));
    assertThat(afterAlias.on(3)).containsExactlyInAnyOrder(key(0, 1), value(3, 9, "/c"));
    assertThat(afterAlias.coveredLines()).isEqualTo(Integer.MAX_VALUE);

    ScalarExtents aliasKey = ScalarExtents.of("*k : v\nn: m\n");
    assertThat(aliasKey.on(1)).containsExactly(value(5, 6, "/"));
    assertThat(aliasKey.on(2)).containsExactlyInAnyOrder(key(0, 1), value(3, 4, "/n"));

    ScalarExtents broken = ScalarExtents.of("a: [1, 2\nb: c\n");
    assertThat(broken.coveredLines()).isZero();
    assertThat(broken.on(1)).contains(key(0, 1), value(4, 5, "/a/0"));
  }

  @Test
  void aSourceWithoutEventsIsScannedFromItsText() {
    String text = "a: {b: c}\n";
    ParsedSource bare =
        new ParsedSource(
            FILE,
            "aigonix.yaml",
            text,
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
            new Locations());
    assertThat(lines(bare.scalarExtents(), text)).isEqualTo(lines(ScalarExtents.of(text), text));
    assertThat(bare.scalarExtents().on(1)).hasSize(3);
  }
}
