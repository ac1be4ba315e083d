package io.aigonix.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.TestSupport;
import io.aigonix.validate.schema.SchemaCheck.Verdict;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of the valid samples, each judged by {@link
 * io.aigonix.validate.schema.SchemaCheck} and by the real networknt: "conforms" only where
 * networknt reports nothing, "fails" only where it reports something. 4,000 cases by default;
 * {@code -Daigonix.schemaFuzzCases=N} for more, {@code -Daigonix.schemaFuzzSeed=S} for another
 * seed.
 */
class SchemaCheckFuzzTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<String> TEXTS =
      List.of(
          "",
          " ",
          "a",
          "A",
          "-a",
          "a-",
          "a.b",
          "a..b",
          "abc",
          "none",
          "flux",
          "argocd",
          "Flux",
          "remote",
          "local",
          "V6",
          "V7",
          "Prefix",
          "Exact",
          "http",
          "https",
          "baseline",
          "restricted",
          "SecretStore",
          "ClusterSecretStore",
          "GitRepository",
          "aigonix/v1",
          "aigonix/v2",
          "AGX1234",
          "AGX123",
          "AGX12345",
          "AGX1234\n",
          "agx1234",
          "AGX١٢٣٤",
          "1s",
          "1µs",
          "1.5h",
          "0",
          "1",
          "10m30s",
          "1d",
          "1.s",
          "µ",
          "\u0000",
          "a\u0000",
          "\n",
          "x\ny",
          "😀",
          "😀".repeat(253),
          "a".repeat(253),
          "a".repeat(254),
          "a".repeat(40),
          "a".repeat(41),
          "#x",
          "$schema",
          "1.0",
          "true",
          "null",
          "~",
          "!x",
          "é",
          "e\u0301",
          "a b",
          "key/prefix",
          "\t");

  private static final List<String> KEYS =
      List.of(
          "unknown",
          "#comment",
          "#",
          "$schema",
          "name",
          "id",
          "kind",
          "a",
          "A",
          "-a",
          "a-",
          "prod",
          "dev",
          "a".repeat(40),
          "a".repeat(41),
          "",
          "x y",
          "ref",
          "property",
          "file",
          "value",
          "replicas",
          "env",
          "public",
          "image",
          "port",
          "sealedDockerConfigJson",
          "dockerConfigJson",
          "sync",
          "agents",
          "registry",
          "µ");

  @Test
  void mutatedSamplesGetNetworkntsVerdict() throws IOException {
    long seed = Long.getLong("aigonix.schemaFuzzSeed", 20261202L);
    int cases = Integer.getInteger("aigonix.schemaFuzzCases", 4000);
    List<JsonNode> valid = validSamples();
    assertThat(valid).hasSizeGreaterThan(5);
    Random random = new Random(seed);
    Map<Verdict, Integer> seen = new EnumMap<>(Verdict.class);
    for (int i = 0; i < cases; i++) {
      JsonNode document = valid.get(random.nextInt(valid.size())).deepCopy();
      int mutations = 1 + random.nextInt(3);
      StringBuilder what = new StringBuilder("seed " + seed + " case " + i + ":");
      for (int m = 0; m < mutations; m++) {
        document = mutate(document, random, what);
      }
      seen.merge(SchemaCheckDifferentialTest.agrees(document, what.toString()), 1, Integer::sum);
    }
    System.out.println("schema fuzz verdicts: " + seen);
    // Both answers are exercised, and refusals stay rare (only what the evaluator does not decide).
    assertThat(seen.getOrDefault(Verdict.CONFORMS, 0))
        .as("conforming cases")
        .isGreaterThan(cases / 20);
    assertThat(seen.getOrDefault(Verdict.FAILS, 0)).as("failing cases").isGreaterThan(cases / 4);
    assertThat(seen.getOrDefault(Verdict.REFUSED, 0)).as("refused cases").isLessThan(cases / 20);
  }

  @Test
  void aBinaryNodeIsRefused() throws IOException {
    ObjectNode document = (ObjectNode) validSamples().get(0).deepCopy();
    document.set("apiVersion", BinaryNode.valueOf(new byte[] {1}));
    assertThat(SchemaCheckDifferentialTest.CHECK.check(document)).isEqualTo(Verdict.REFUSED);
  }

  static List<JsonNode> validSamples() throws IOException {
    List<JsonNode> valid = new ArrayList<>();
    for (String name : TestSupport.folders(TestSupport.samples())) {
      Path file = TestSupport.samples().resolve(name).resolve("aigonix.yaml");
      if (name.startsWith("invalid-") || !Files.exists(file)) {
        continue;
      }
      JsonNode document = SchemaCheckDifferentialTest.read(file);
      if (document != null
          && SchemaCheckDifferentialTest.NETWORKNT.networkntMessages(document).isEmpty()) {
        valid.add(document);
      }
    }
    return valid;
  }

  /** One mutation at a random place of the tree; returns the (possibly replaced) root. */
  private static JsonNode mutate(JsonNode root, Random random, StringBuilder what) {
    List<ContainerNode<?>> containers = new ArrayList<>();
    collect(root, containers);
    ContainerNode<?> parent = containers.get(random.nextInt(containers.size()));
    int op = random.nextInt(10);
    if (parent instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
      if (op == 0 && name != null) {
        what.append(" delete ").append(name);
        object.remove(name);
      } else if (op == 1 || name == null) {
        String key = KEYS.get(random.nextInt(KEYS.size()));
        what.append(" add ").append(key);
        object.set(key, value(random, object.get(key)));
      } else if (op == 2) {
        // a near-miss of a key: a known key from elsewhere, renamed
        String key = random.nextBoolean() ? name.toUpperCase() : name + "s";
        what.append(" rename ").append(name).append(" to ").append(key);
        object.set(key, object.remove(name));
      } else {
        what.append(" set ").append(name);
        object.set(name, value(random, object.get(name)));
      }
    } else {
      ArrayNode array = (ArrayNode) parent;
      if (array.isEmpty() || op == 0) {
        what.append(" append");
        array.add(
            array.isEmpty() || random.nextBoolean()
                ? value(random, null)
                : array.get(0).deepCopy());
      } else if (op == 1) {
        what.append(" remove item");
        array.remove(random.nextInt(array.size()));
      } else if (op == 2) {
        what.append(" duplicate item");
        array.add(array.get(random.nextInt(array.size())).deepCopy());
      } else {
        int index = random.nextInt(array.size());
        what.append(" set item ").append(index);
        array.set(index, value(random, array.get(index)));
      }
    }
    return root;
  }

  /** An edge value, often near the one it replaces. */
  private static JsonNode value(Random random, JsonNode old) {
    int choice = random.nextInt(old != null && old.isTextual() ? 14 : 12);
    switch (choice) {
      case 0:
        return NODES.textNode(TEXTS.get(random.nextInt(TEXTS.size())));
      case 1:
        return integer(random);
      case 2:
        return decimal(random);
      case 3:
        return random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : NODES.nullNode();
      case 4:
        return NODES.objectNode();
      case 5:
        return NODES.arrayNode();
      case 6:
        return random.nextBoolean()
            ? NODES.arrayNode().add(NODES.textNode("a"))
            : NODES.objectNode().put("a", "b");
      case 7:
        return NODES.numberNode(random.nextBoolean() ? 1.0 : 0.5);
      case 8:
        double[] doubles = {
          Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e30, -0.0, 2.5
        };
        return NODES.numberNode(doubles[random.nextInt(doubles.length)]);
      case 9:
        return old == null ? NODES.textNode("x") : old.deepCopy();
      case 10:
        if (old != null && old.isContainerNode() && old.size() > 0) {
          // keep the shape, drop or duplicate one member
          JsonNode copy = old.deepCopy();
          if (copy instanceof ArrayNode a) {
            a.add(a.get(0).deepCopy());
          } else {
            Iterator<String> names = copy.fieldNames();
            ((ObjectNode) copy).remove(names.next());
          }
          return copy;
        }
        return integer(random);
      case 11:
        return NODES.textNode(String.valueOf(integer(random).asText()));
      default:
        return NODES.textNode(nearMiss(old.textValue(), random));
    }
  }

  private static JsonNode integer(Random random) {
    long[] edges = {
      0,
      1,
      -1,
      2,
      80,
      65535,
      65536,
      Integer.MAX_VALUE,
      Integer.MIN_VALUE,
      Integer.MAX_VALUE + 1L,
      Integer.MIN_VALUE - 1L,
      Long.MAX_VALUE,
      Long.MIN_VALUE
    };
    int pick = random.nextInt(edges.length + 2);
    if (pick == edges.length) {
      return NODES.numberNode(new BigInteger("123456789012345678901234567890"));
    }
    if (pick == edges.length + 1) {
      return NODES.numberNode(BigInteger.ONE); // a BigIntegerNode of a small value
    }
    long v = edges[pick];
    return v == (int) v ? NODES.numberNode((int) v) : NODES.numberNode(v);
  }

  private static JsonNode decimal(Random random) {
    String[] edges = {
      "1.0",
      "0.5",
      "-0.5",
      "1e30",
      "2147483647.0",
      "2147483647.5",
      "2147483648.0",
      "-2147483648.5",
      "0.0",
      "1E+2",
      "9223372036854775808.0",
      "1e-400"
    };
    return NODES.numberNode(new BigDecimal(edges[random.nextInt(edges.length)]));
  }

  private static String nearMiss(String text, Random random) {
    if (text.isEmpty()) {
      return "a";
    }
    int at = random.nextInt(text.length());
    return switch (random.nextInt(7)) {
      case 0 -> text + "\n";
      case 1 -> text.toUpperCase();
      case 2 -> "-" + text;
      case 3 -> text + ".";
      case 4 -> text.substring(0, at) + text.substring(at + 1);
      case 5 -> text.substring(0, at) + "_" + text.substring(at);
      default -> text + text;
    };
  }

  private static void collect(JsonNode node, List<ContainerNode<?>> into) {
    if (node instanceof ContainerNode<?> container) {
      into.add(container);
      for (JsonNode child : node) {
        collect(child, into);
      }
    }
  }
}
