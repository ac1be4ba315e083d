package io.aigonix.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parallel parse of a List gives exactly the whole parse's tree, or declines: on a kubectl-like
 * dump, on adversarial items (lines at column 0 that look like items but sit inside a scalar or
 * flow collection, block scalars, comments, CRLF, BOM, anchors, tags, markers, limits) and on
 * seeded random insertions of those into a dump.
 */
class ListSplitTest {
  private static final int CHUNKS = 4;

  /** What kubectl prints for one object, with the styles a dump holds. */
  private static String item(int i) {
    return "- apiVersion: apps/v1\n"
        + "  kind: Deployment\n"
        + "  metadata:\n"
        + "    annotations:\n"
        + "      kubectl.kubernetes.io/last-applied-configuration: |\n"
        + "        {\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"n\":"
        + i
        + "}\n"
        + "    creationTimestamp: \"2024-03-01T10:00:00Z\"\n"
        + "    generation: "
        + i
        + "\n"
        + "    name: svc-"
        + i
        + "\n"
        + "    managedFields:\n"
        + "    - fieldsV1:\n"
        + "        \"f:metadata\":\n"
        + "          \"f:labels\": {}\n"
        + "      manager: 'kube-controller'\n"
        + "  spec:\n"
        + "    replicas: "
        + (i % 3)
        + "\n"
        + "    paused: false\n"
        + "    ratio: 0.5\n"
        + "    empty:\n"
        + "    list: [a, b]\n"
        + "    containers:\n"
        + "    - args:\n"
        + "      - --port=80\n"
        + "      - -v\n"
        + "      resources:\n"
        + "        limits:\n"
        + "          cpu: \"2\"\n";
  }

  private static List<String> items(int count) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(item(i));
    }
    return items;
  }

  private static String list(List<String> items, String tail) {
    return "apiVersion: v1\nitems:\n" + String.join("", items) + tail;
  }

  private static final String TAIL = "kind: List\nmetadata:\n  resourceVersion: \"\"\n";

  private static StreamResult whole(String text) {
    return new YamlReader(SourceLimits.DUMPS, YamlReader.Detail.SPANS)
        .parseStream(Path.of("dump.yaml"), "dump.yaml", text);
  }

  /** Splits {@code text}; asserts the split equals the whole parse when it happens. */
  private static JsonNode split(String text) {
    JsonNode split = ListSplit.parse(text, SourceLimits.DUMPS, CHUNKS);
    if (split != null) {
      StreamResult whole = whole(text);
      assertThat(whole.diagnostics()).isEmpty();
      assertThat(whole.documents()).hasSize(1);
      JsonNode root = whole.documents().get(0).root();
      assertThat(split).isEqualTo(root);
      assertThat(split.toString()).isEqualTo(root.toString()); // key order and number types
    }
    return split;
  }

  @Test
  void aDumpSplitsIntoTheWholeParsesTree() {
    assertThat(split(list(items(40), TAIL))).isNotNull();
    assertThat(split(list(items(40), ""))).isNotNull();
    assertThat(split(list(items(40), "# end\n\nkind: List\n"))).isNotNull();
  }

  @Test
  void bigDumpsGoThroughTheSplitInTheReaderAndMatchTheWholeParse() {
    StringBuilder big = new StringBuilder("apiVersion: v1\nitems:\n");
    for (int i = 0; big.length() < ListSplit.MIN_CHARS + 1000; i++) {
      big.append(item(i));
    }
    String text = big.append(TAIL).toString();
    assertThat(ListSplit.parse(text, SourceLimits.DUMPS, CHUNKS)).isNotNull();
    StreamResult tree =
        new YamlReader(SourceLimits.DUMPS, YamlReader.Detail.TREE)
            .parseStream(Path.of("dump.yaml"), "dump.yaml", text);
    assertThat(tree.diagnostics()).isEmpty();
    assertThat(tree.documents().get(0).root().toString())
        .isEqualTo(whole(text).documents().get(0).root().toString());
  }

  /** Items (or text between them) that a naive split would get wrong, or that must decline. */
  private static final List<String> ADVERSARIAL =
      List.of(
          "- note: \"a\n- b: c\n  d\"\n",
          "- note: 'a\n- b\n'\n",
          "- note: \"x\n-\n\"\n",
          "- flow: [a,\n- b]\n",
          "- flow: {a: 1,\n- b: 2}\n",
          "- text: |+\n    kept\n\n\n",
          "- text: >-\n    folded\n    more\n\n",
          "- text: |2\n     indented\n",
          "# - a comment\n",
          "#\n\n",
          "- plain: a\n  b\n",
          "- &a {x: 1}\n- *a\n",
          "- anchor: &b 1\n  again: *b\n",
          "- tag: !!str 1\n",
          "- tag: !custom 1\n",
          "- !!map {a: 1}\n",
          "---\n",
          "...\n",
          "- k: v\n---\n- k: v\n",
          "-\tk: v\n",
          "-\n",
          "- \n",
          "- k: 1\n  k: 2\n",
          "- bin: !!binary aGk=\n",
          "- inf: .inf\n",
          "- \"quoted key\": 1\n",
          "- ? complex\n  : v\n",
          "- [a, b]\n",
          "- x\n- y\n",
          "- k: \"\\ud800\"\n",
          "- <<: {m: 1}\n  n: 2\n",
          "items:\n",
          "kind: List\n",
          "\tk: v\n",
          "- k: v # comment\n",
          "- k: \"multi\n\n  line\"\n",
          "- k: '''\n'\n",
          "- %x\n",
          "%YAML 1.1\n",
          "- k: [\n]\n");

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 5, 17, 39, 40})
  void adversarialItemsSplitLikeTheWholeParseOrDecline(int at) {
    int splits = 0;
    for (String odd : ADVERSARIAL) {
      List<String> items = items(40);
      items.add(at, odd);
      if (split(list(items, TAIL)) != null) {
        splits++;
      }
    }
    assertThat(splits).isPositive();
  }

  @Test
  void unsoundShapesDecline() {
    String dump = list(items(40), TAIL);
    assertThat(split(dump.replace("\n", "\r\n"))).isNull();
    assertThat(split("\uFEFF" + dump)).isNull();
    assertThat(split("a: \"x\n" + dump + "b: \"\n")).isNull();
    assertThat(split("a: \"x\n" + dump + "b: \"\nitems:\n")).isNull();
    assertThat(split(list(items(40), "items: [1]\n"))).isNull();
    assertThat(split(list(items(40), "kind: List\n- late\n"))).isNull();
    assertThat(split(list(items(3), TAIL))).isNull();
    assertThat(split("%YAML 1.1\n---\n" + dump)).isNull();
  }

  @Test
  void theNestingLimitHoldsInChunks() {
    for (int depth = 96; depth <= 101; depth++) {
      String nested = "- " + "[".repeat(depth) + "]".repeat(depth) + "\n";
      List<String> items = items(40);
      items.add(20, nested);
      String text = list(items, TAIL);
      boolean tooDeep = depth + 2 > SourceLimits.DUMPS.maxDepth();
      JsonNode split = split(text);
      assertThat(split == null).isEqualTo(tooDeep);
      assertThat(whole(text).diagnostics().isEmpty()).isEqualTo(!tooDeep);
    }
  }

  @Test
  void randomInsertionsSplitLikeTheWholeParseOrDecline() {
    Random random = new Random(15);
    String[] pieces = {
      "- ", "-", "\"", "'", "[", "]", "{", "}", "#", "  ", "\n", "|", ">", ":", ",", "k: ", "&a ",
      "*a", "!!str ", "---", "...", "\t", "- k: \"", "x\n- y"
    };
    int splits = 0;
    for (int round = 0; round < 400; round++) {
      List<String> lines = new ArrayList<>(List.of(list(items(12), TAIL).split("\n", -1)));
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int line = 2 + random.nextInt(lines.size() - 2);
        String text = lines.get(line);
        int col = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        String piece = pieces[random.nextInt(pieces.length)];
        lines.set(line, text.substring(0, col) + piece + text.substring(col));
      }
      if (split(String.join("\n", lines)) != null) {
        splits++;
      }
    }
    assertThat(splits).isBetween(40, 399);
  }
}
