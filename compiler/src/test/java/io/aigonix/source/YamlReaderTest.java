package io.aigonix.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {
  private final YamlReader reader = new YamlReader();
  private final Path file = Path.of("/project/aigonix.yaml");

  private LoadResult parse(String text) {
    return reader.parse(file, "aigonix.yaml", text);
  }

  @Test
  void recordsTheLocationOfEveryValueAndKey() {
    ParsedSource s = parse("a:\n  b: [1, two]\n  \"c d\": {x: true}\n").source().orElseThrow();
    assertThat(s.locations().value("/a/b/1")).isEqualTo(new Location(2, 10));
    assertThat(s.locations().key("/a/b")).isEqualTo(new Location(2, 3));
    assertThat(s.locations().value("/a/c d/x")).isEqualTo(new Location(3, 14));
    assertThat(s.root().at("/a/b/0").isInt()).isTrue();
    assertThat(s.root().at("/a/b/1").asText()).isEqualTo("two");
    assertThat(s.root().at("/a/c d/x").isBoolean()).isTrue();
  }

  @Test
  void quotedScalarsStayStrings() {
    ParsedSource s = parse("a: \"1\"\nb: 'true'\nc: 1.5\nd: ~\ne: 0x1F\n").source().orElseThrow();
    assertThat(s.root().get("a").isTextual()).isTrue();
    assertThat(s.root().get("b").isTextual()).isTrue();
    assertThat(s.root().get("c").isNumber()).isTrue();
    assertThat(s.root().get("d").isNull()).isTrue();
    assertThat(s.root().get("e").asInt()).isEqualTo(31);
  }

  @Test
  void duplicateKeysAreErrorsWithBothPositions() {
    LoadResult r = parse("a: 1\nb: 2\na: 3\n");
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Code.DUPLICATE_KEY);
              assertThat(d.line()).isEqualTo(3);
              assertThat(d.column()).isEqualTo(1);
              assertThat(d.message()).contains("first at line 1");
            });
  }

  @Test
  void aliasesAreExpandedAndMergeKeysApplied() {
    ParsedSource s =
        parse("base: &b {x: 1, y: 2}\nuse: {<<: *b, y: 3}\nlist: [*b, *b]\n")
            .source()
            .orElseThrow();
    assertThat(s.root().at("/use/x").asInt()).isEqualTo(1);
    assertThat(s.root().at("/use/y").asInt()).isEqualTo(3);
    assertThat(s.root().at("/list/1/y").asInt()).isEqualTo(2);
    assertThat(s.locations().value("/list/1/y")).isEqualTo(new Location(3, 12));
  }

  @Test
  void aliasBombStopsAtTheNodeBudget() {
    StringBuilder y = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      y.append(c)
          .append(": &")
          .append(c)
          .append(" [")
          .append(("*" + prev + ",").repeat(9))
          .append('*')
          .append(prev)
          .append("]\n");
      prev = c;
    }
    LoadResult r = parse(y.toString());
    assertThat(r.source()).isEmpty();
    assertThat(r.diagnostics())
        .singleElement()
        .extracting(Diagnostic::code)
        .isEqualTo(Code.ALIAS_LIMIT);
  }

  @Test
  void deepNestingIsRefusedAtThePlaceItHappens() {
    LoadResult r = parse("a: " + "[".repeat(150) + "]".repeat(150) + "\n");
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Code.NESTING_TOO_DEEP);
              assertThat(d.line()).isEqualTo(1);
              assertThat(d.column()).isEqualTo(4 + 99);
            });
  }

  @Test
  void syntaxErrorsHaveAPosition() {
    LoadResult r = parse("a:\n  b: [1, 2\n  c: 3\n");
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Code.YAML_SYNTAX);
              assertThat(d.line()).isEqualTo(3);
            });
  }

  @Test
  void moreThanOneDocumentIsRefused() {
    assertThat(parse("a: 1\n---\nb: 2\n").diagnostics())
        .singleElement()
        .extracting(Diagnostic::code)
        .isEqualTo(Code.YAML_SYNTAX);
  }

  @Test
  void anEmptyFileIsAnError() {
    assertThat(parse("# only a comment\n").diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .contains("no document");
  }

  @Test
  void filesOverTheLimitAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("aigonix.yaml");
    Files.writeString(big, "# " + "x".repeat(10 * 1024 * 1024) + "\n");
    LoadResult r = reader.read(big, "aigonix.yaml");
    assertThat(r.diagnostics())
        .singleElement()
        .extracting(Diagnostic::code)
        .isEqualTo(Code.FILE_TOO_LARGE);
  }

  @Test
  void invalidUtf8IsRefused(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("aigonix.yaml");
    Files.write(bad, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    assertThat(reader.read(bad, "aigonix.yaml").diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .contains("UTF-8");
  }

  @Test
  void jsonIsValidInput() {
    ParsedSource s = parse("{\"a\": [1, {\"b\": null}]}").source().orElseThrow();
    assertThat(s.root().at("/a/1/b").isNull()).isTrue();
  }
}
