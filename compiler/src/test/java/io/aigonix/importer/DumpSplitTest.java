package io.aigonix.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.source.SourceLimits;
import io.aigonix.source.StreamResult;
import io.aigonix.source.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A dump big enough for the first (location-free) read to parse its List on several threads reads
 * to the very tree the whole parse with locations gives.
 */
class DumpSplitTest {
  @Test
  void theSplitReadOfARealDumpIsTheWholeParse() {
    String written = new String(PlatformDump.scaled(300).list(), StandardCharsets.UTF_8);
    // In kubectl's order (keys sorted: the items before kind and metadata).
    int items = written.indexOf("\nitems:\n");
    String text =
        "apiVersion: v1\n"
            + written.substring(items + 1)
            + written.substring("apiVersion: v1\n".length(), items + 1);
    assertThat(text.length()).isGreaterThan(1 << 20);
    assertThat(text).startsWith("apiVersion: v1\nitems:\n- "); // as kubectl prints it
    StreamResult tree = read(YamlReader.Detail.TREE, text);
    StreamResult spans = read(YamlReader.Detail.SPANS, text);
    assertThat(tree.diagnostics()).isEmpty();
    assertThat(spans.diagnostics()).isEmpty();
    assertThat(tree.documents()).hasSize(1);
    assertThat(tree.documents().get(0).root().toString())
        .isEqualTo(spans.documents().get(0).root().toString());
    assertThat(tree.documents().get(0).root()).isEqualTo(spans.documents().get(0).root());
  }

  private static StreamResult read(YamlReader.Detail detail, String text) {
    return new YamlReader(SourceLimits.DUMPS, detail)
        .parseStream(Path.of("dump.yaml"), "dump.yaml", text);
  }
}
