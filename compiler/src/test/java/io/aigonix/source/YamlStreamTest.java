package io.aigonix.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streams of documents (cluster dumps, SPEC §7): each document with its own root and locations. */
class YamlStreamTest {
  private final YamlReader reader = new YamlReader(SourceLimits.DUMPS);
  private final Path file = Path.of("/dumps/cluster.yaml");

  private StreamResult parse(String text) {
    return reader.parseStream(file, "cluster.yaml", text);
  }

  static final String TWO =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: a}
      ---
      # the second object
      apiVersion: v1
      kind: Secret
      metadata:
        name: b
      """;

  @Test
  void eachDocumentHasItsOwnRootAndLocationsInTheFilesLines() {
    StreamResult r = parse(TWO);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.documents()).hasSize(2);
    ParsedSource first = r.documents().get(0);
    ParsedSource second = r.documents().get(1);
    assertThat(first.root().path("kind").asText()).isEqualTo("ConfigMap");
    assertThat(second.root().path("kind").asText()).isEqualTo("Secret");
    assertThat(first.locations().value("/metadata/name")).isEqualTo(new Location(3, 18));
    assertThat(second.locations().value("/metadata/name")).isEqualTo(new Location(9, 9));
    assertThat(second.locations().key("/kind")).isEqualTo(new Location(7, 1));
    assertThat(second.locations().value("")).isEqualTo(new Location(6, 1));
    assertThat(second.line(9)).isEqualTo("  name: b");
    assertThat(second.displayName()).isEqualTo("cluster.yaml");
    Span name = second.locations().span("/metadata/name").orElseThrow();
    assertThat(TWO.substring(name.start(), name.end())).isEqualTo("b");
  }

  @Test
  void documentsHoldingNothingAreLeftOut() {
    StreamResult r = parse("---\n# nothing here\n---\na: 1\n---\n~\n---\n");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.root().path("a").asInt()).isEqualTo(1));
    assertThat(parse("").documents()).isEmpty();
    assertThat(parse("").diagnostics()).isEmpty();
    assertThat(parse("kind: List\nitems: []\n").documents()).hasSize(1);
  }

  @Test
  void aSyntaxErrorInDocumentThreeNamesItsDocumentAndPosition() {
    StreamResult r = parse("a: 1\n---\nb: 2\n---\nc:\n  d: e: f\n---\ng: 3\n");
    assertThat(r.documents()).hasSize(2);
    assertThat(r.documents().get(1).root().path("b").asInt()).isEqualTo(2);
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Code.YAML_SYNTAX);
              assertThat(d.file()).isEqualTo("cluster.yaml");
              assertThat(d.line()).isEqualTo(6);
              assertThat(d.column()).isEqualTo(7);
              assertThat(d.message())
                  .isEqualTo("document 3: YAML syntax error: mapping values are not allowed here");
            });
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void aTruncatedDocumentIsAnErrorAtItsEnd() {
    StreamResult cut = parse("a: 1\n---\nb: [1, 2\n");
    assertThat(cut.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.root().has("a")).isTrue());
    assertThat(cut.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Code.YAML_SYNTAX);
              assertThat(d.line()).isEqualTo(4);
              assertThat(d.column()).isEqualTo(1);
              assertThat(d.message()).startsWith("document 2: YAML syntax error: ");
            });
    StreamResult quote = parse("a: 1\n---\nb: 2\n---\nc: \"no end");
    assertThat(quote.documents()).hasSize(2);
    assertThat(quote.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.line()).isEqualTo(5);
              assertThat(d.column()).isEqualTo(11); // just after the last character
              assertThat(d.message())
                  .startsWith("document 3: YAML syntax error: found unexpected end of stream");
            });
  }

  @Test
  void anchorsBelongToTheirDocument() {
    StreamResult r = parse("a: &x 1\nb: *x\n---\nc: *x\n");
    assertThat(r.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.root().path("b").asInt()).isEqualTo(1));
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message())
                  .isEqualTo(
                      "document 2: unknown alias: no anchor of that name comes before it in this"
                          + " document");
              assertThat(d.line()).isEqualTo(4);
              assertThat(d.column()).isEqualTo(4);
            });
  }

  @Test
  void duplicateKeysAreReportedAndTheDocumentKept() {
    StreamResult r = parse("a: 1\n---\nb: 1\nb: 2\n");
    assertThat(r.documents()).hasSize(2);
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Code.DUPLICATE_KEY);
              assertThat(d.message()).isEqualTo("document 2: duplicate key 'b' (first at line 3)");
              assertThat(d.line()).isEqualTo(4);
            });
  }

  @Test
  void dumpsHaveTheirOwnLimits() {
    assertThat(SourceLimits.DUMPS.maxBytes()).isEqualTo(256L * 1024 * 1024);
    assertThat(SourceLimits.DUMPS.maxDepth()).isEqualTo(SourceLimits.DEFAULT.maxDepth());
    assertThat(SourceLimits.DUMPS.maxAliasNodes()).isEqualTo(SourceLimits.DEFAULT.maxNodes());
    // a dump of a cluster has more nodes than aigonix.yaml may: only what aliases add is bounded
    assertThat(SourceLimits.DUMPS.maxNodes()).isEqualTo(Long.MAX_VALUE);
    String list = "items: [" + "1,".repeat(99) + "1]\n"; // 102 nodes
    YamlReader tenNodes = new YamlReader(new SourceLimits(1 << 20, 100, 100, 10));
    YamlReader tenCopies = new YamlReader(new SourceLimits(1 << 20, 100, Long.MAX_VALUE, 10));
    assertThat(tenNodes.parseStream(file, "d.yaml", list).diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .isEqualTo("document 1: the document expands to more than 100 nodes (aliases included)");
    assertThat(tenCopies.parseStream(file, "d.yaml", list).diagnostics()).isEmpty();
    String copies = "a: &a [1, 2, 3, 4]\nb: [*a, *a, *a]\n"; // 15 nodes copied
    assertThat(tenCopies.parseStream(file, "d.yaml", copies).diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .isEqualTo("document 1: aliases expand to more than 10 nodes");
  }

  @Test
  void theAliasBudgetIsSharedByTheDocumentsOfAStream() {
    String doc = "a: &a [" + "x,".repeat(999) + "x]\nb: [" + "*a,".repeat(79) + "*a]\n";
    assertThat(parse(doc + "---\n" + doc).diagnostics()).isEmpty();
    StreamResult r = parse(doc + "---\n" + doc + "---\n" + doc);
    assertThat(r.documents()).hasSize(2);
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Code.ALIAS_LIMIT);
              assertThat(d.message())
                  .isEqualTo("document 3: aliases expand to more than 200000 nodes");
              assertThat(d.line()).isEqualTo(8);
            });
  }

  @Test
  void nestingIsBoundedInEveryDocument() {
    StreamResult r = parse("a: 1\n---\nb: " + "[".repeat(150) + "]".repeat(150) + "\n");
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Code.NESTING_TOO_DEEP);
              assertThat(d.message())
                  .isEqualTo("document 2: the document nests deeper than 100 levels");
              assertThat(d.line()).isEqualTo(3);
              assertThat(d.column()).isEqualTo(4 + 99); // the root mapping is the first level
            });
  }

  @Test
  void readsFilesWithinTheLimitOfTheReader(@TempDir Path dir) throws Exception {
    Path dump = dir.resolve("dump.yaml");
    Files.writeString(dump, TWO);
    assertThat(reader.readStream(dump, "dump.yaml").documents()).hasSize(2);

    YamlReader small = new YamlReader(new SourceLimits(64, 100, Long.MAX_VALUE, 200_000));
    assertThat(small.readStream(dump, "dump.yaml").diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Code.FILE_TOO_LARGE);
              assertThat(d.message())
                  .isEqualTo("the file is " + TWO.length() + " bytes; the limit is 64 bytes");
            });
    assertThat(small.parseStream(dump, "dump.yaml", TWO).diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .isEqualTo("the stream is larger than 64 bytes");

    Files.write(dump, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    assertThat(reader.readStream(dump, "dump.yaml").diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .isEqualTo("the file is not valid UTF-8");
  }

  @Test
  void aigonixYamlStaysOneDocumentWordForWord(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("aigonix.yaml"), "apiVersion: aigonix/v1\n---\nb: 2\n");
    TestSupport.Run run = TestSupport.cli(dir, "validate", "-f", "aigonix.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            """
        aigonix.yaml:2:1: error[AGX0001]: the file holds more than one YAML document
          = hint: aigonix.yaml is a single document; remove the '---' separator
        1 error, 0 warnings
        """);
  }
}
