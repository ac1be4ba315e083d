package io.aigonix.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The spans the reader records for text edits: char offsets, styles, keys and members in written
 * order.
 */
class SpansTest {
  private final YamlReader reader = new YamlReader();

  private ParsedSource parse(String text) {
    LoadResult r = reader.parse(Path.of("/p/aigonix.yaml"), "aigonix.yaml", text);
    assertThat(r.diagnostics()).isEmpty();
    return r.source().orElseThrow();
  }

  private static Span span(ParsedSource s, String pointer) {
    return s.locations()
        .span(pointer)
        .orElseThrow(() -> new AssertionError("no span at " + pointer));
  }

  private static String written(ParsedSource s, String pointer) {
    Span span = span(s, pointer);
    return s.text().substring(span.start(), span.end());
  }

  /** Pairs of pointer and the exact text written for it. */
  private static void assertWritten(ParsedSource s, String... pointerAndText) {
    for (int i = 0; i < pointerAndText.length; i += 2) {
      assertThat(written(s, pointerAndText[i]))
          .as(pointerAndText[i])
          .isEqualTo(pointerAndText[i + 1]);
    }
  }

  private static String key(ParsedSource s, String pointer) {
    Span span = span(s, pointer);
    return s.text().substring(span.keyStart(), span.keyEnd());
  }

  static final String BLOCK =
      """
      a:
        b: plain   # comment
        q1: 'single'
        q2: "double"
        e:
        f: [1, {x: y}]
        lit: |
          line
        fold: >
          folded
      seq:
        - one
        -
      """;

  @Test
  void scalarsHaveTheirOffsetsAndStyle() {
    ParsedSource s = parse(BLOCK);
    assertThat(written(s, "/a/b")).isEqualTo("plain");
    assertThat(span(s, "/a/b").style()).isEqualTo(Span.Style.PLAIN);
    assertThat(written(s, "/a/q1")).isEqualTo("'single'");
    assertThat(span(s, "/a/q1").style()).isEqualTo(Span.Style.SINGLE_QUOTED);
    assertThat(written(s, "/a/q2")).isEqualTo("\"double\"");
    assertThat(span(s, "/a/q2").style()).isEqualTo(Span.Style.DOUBLE_QUOTED);
    assertThat(written(s, "/a/lit")).startsWith("|\n    line");
    assertThat(span(s, "/a/lit").style()).isEqualTo(Span.Style.LITERAL);
    assertThat(written(s, "/a/fold")).startsWith(">\n    folded");
    assertThat(span(s, "/a/fold").style()).isEqualTo(Span.Style.FOLDED);
    assertThat(span(s, "/a/b").kind()).isEqualTo(Span.Kind.SCALAR);
    assertThat(span(s, "/a/b").at()).isEqualTo(new Location(2, 6));
    assertThat(span(s, "/a/b").at()).isEqualTo(s.locations().value("/a/b"));
  }

  @Test
  void membersHaveTheirKeysSpanAndIndent() {
    ParsedSource s = parse(BLOCK);
    Span b = span(s, "/a/b");
    assertThat(b.isMember()).isTrue();
    assertThat(key(s, "/a/b")).isEqualTo("b");
    assertThat(b.keyAt()).isEqualTo(new Location(2, 3)).isEqualTo(s.locations().key("/a/b"));
    assertThat(b.keyIndent()).isEqualTo(2);
    assertThat(span(s, "/a").keyIndent()).isZero();
    assertThat(span(s, "/seq/0").isMember()).isFalse();
    assertThat(span(s, "/seq/0").keyStart()).isEqualTo(-1);
    assertThat(written(s, "/seq/0")).isEqualTo("one");
  }

  @Test
  void emptyNullsAreWrittenAsNothing() {
    ParsedSource s = parse(BLOCK);
    Span e = span(s, "/a/e");
    assertThat(e.isEmptyNull()).isTrue();
    assertThat(e.start()).isEqualTo(e.end()).isEqualTo(BLOCK.indexOf("  e:") + 4);
    assertThat(key(s, "/a/e")).isEqualTo("e");
    assertThat(s.root().at("/a/e").isNull()).isTrue();
    assertThat(span(s, "/seq/1").isEmptyNull()).isTrue();
    assertThat(span(s, "/a/b").isEmptyNull()).isFalse();
    assertThat(parse("a: ~\n").locations().span("/a").orElseThrow().isEmptyNull()).isFalse();
  }

  @Test
  void collectionsAreBlockOrFlowAndListTheirMembersInWrittenOrder() {
    ParsedSource s = parse(BLOCK);
    Span a = span(s, "/a");
    assertThat(a.kind()).isEqualTo(Span.Kind.MAPPING);
    assertThat(a.style()).isEqualTo(Span.Style.BLOCK);
    assertThat(a.children())
        .containsExactly("/a/b", "/a/q1", "/a/q2", "/a/e", "/a/f", "/a/lit", "/a/fold");
    assertThat(a.start()).isEqualTo(BLOCK.indexOf("b: plain"));
    assertThat(span(s, "").children()).containsExactly("/a", "/seq");
    assertThat(span(s, "").start()).isZero();
    assertThat(span(s, "").end()).isEqualTo(BLOCK.length());

    Span f = span(s, "/a/f");
    assertThat(f.kind()).isEqualTo(Span.Kind.SEQUENCE);
    assertThat(f.style()).isEqualTo(Span.Style.FLOW);
    assertThat(written(s, "/a/f")).isEqualTo("[1, {x: y}]");
    assertThat(f.children()).containsExactly("/a/f/0", "/a/f/1");
    assertThat(written(s, "/a/f/1")).isEqualTo("{x: y}");
    assertThat(span(s, "/a/f/1").style()).isEqualTo(Span.Style.FLOW);
    assertThat(key(s, "/a/f/1/x")).isEqualTo("x");
    assertThat(written(s, "/a/f/1/x")).isEqualTo("y");
    assertThat(span(s, "/seq").kind()).isEqualTo(Span.Kind.SEQUENCE);
    assertThat(span(s, "/seq").style()).isEqualTo(Span.Style.BLOCK);
  }

  @Test
  void aliasesHaveASpanAndWhatTheyCopyHasNone() {
    String text = "base: &b {x: 1}\nuse: *b\nm:\n  <<: *b\n  y: 2\n";
    ParsedSource s = parse(text);
    assertThat(span(s, "/use").kind()).isEqualTo(Span.Kind.ALIAS);
    assertThat(written(s, "/use")).isEqualTo("*b");
    assertThat(written(s, "/base")).isEqualTo("&b {x: 1}");
    assertThat(s.locations().span("/use/x")).isEmpty();
    assertThat(s.locations().value("/use/x")).isEqualTo(new Location(2, 6));
    assertThat(span(s, "/m").children()).containsExactly("/m/<<", "/m/y");
    assertThat(key(s, "/m/<<")).isEqualTo("<<");
    assertThat(s.locations().span("/m/x")).isEmpty();
    assertThat(s.root().at("/m/x").asInt()).isEqualTo(1);
  }

  @Test
  void offsetsAreCharsAndColumnsCodePointsBeyondTheBmp() {
    // U+1F512 is two chars in Java and one code point in YAML
    String text =
        "# \uD83D\uDD12 secrets\nx: [\uD83D\uDD12, y]\nq: \"\uD83D\uDD12\uD83D\uDD12 z\"\nlast: v\n";
    ParsedSource s = parse(text);
    assertWritten(
        s,
        "/x/0",
        "\uD83D\uDD12",
        "/x/1",
        "y",
        "/q",
        "\"\uD83D\uDD12\uD83D\uDD12 z\"",
        "/last",
        "v");
    assertThat(span(s, "/x/1").start()).isEqualTo(text.indexOf("y]"));
    assertThat(s.locations().value("/x/1")).isEqualTo(new Location(2, 8));
    assertThat(key(s, "/last")).isEqualTo("last");
    assertThat(span(s, "").end()).isEqualTo(text.length());
  }

  @Test
  void crlfLineEndingsCountAsTwoChars() {
    String text = "a:\r\n  b: one\r\n  c: 'two'\r\n  d:\r\nz: [1]\r\n";
    ParsedSource s = parse(text);
    assertWritten(s, "/a/b", "one", "/a/c", "'two'", "/z", "[1]");
    assertThat(key(s, "/a/c")).isEqualTo("c");
    assertThat(s.locations().value("/a/c")).isEqualTo(new Location(3, 6));
    assertThat(span(s, "/a/d").start()).isEqualTo(text.indexOf("d:") + 2);
    assertThat(span(s, "/a").children()).isEqualTo(List.of("/a/b", "/a/c", "/a/d"));
  }

  @Test
  void treesOnlyRecordNoSpans() {
    YamlReader trees = new YamlReader(SourceLimits.DEFAULT, YamlReader.Detail.TREE);
    ParsedSource s =
        trees.parse(Path.of("x.yaml"), "x.yaml", "a: {b: [1]}\n").source().orElseThrow();
    assertThat(s.root().at("/a/b/0").asInt()).isEqualTo(1);
    assertThat(s.locations().span("/a")).isEmpty();
    assertThat(s.locations().has("")).isFalse();
  }
}
