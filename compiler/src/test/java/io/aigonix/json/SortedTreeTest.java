package io.aigonix.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Json#sortedTree} against what it replaces: Jackson's {@code valueToTree}, then a copy with
 * every object's keys sorted and null fields dropped. Compared as compact JSON (which keeps the
 * order) and node type by node type, on fabric8 objects and on random maps, lists and scalars.
 */
class SortedTreeTest {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  /** The conversion before {@link SortedTree}: the mapper's tree, copied sorted without nulls. */
  private static JsonNode reference(Object value) {
    return clean(MAPPER.valueToTree(value));
  }

  private static JsonNode clean(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      Collections.sort(names);
      ObjectNode sorted = JsonNodeFactory.instance.objectNode();
      for (String name : names) {
        JsonNode value = node.get(name);
        if (!value.isNull()) {
          sorted.set(name, clean(value));
        }
      }
      return sorted;
    }
    if (node.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> array.add(clean(item)));
      return array;
    }
    return node;
  }

  private static void assertSame(Object value) throws Exception {
    JsonNode expected = reference(value);
    JsonNode actual = Json.sortedTree(value);
    assertThat(MAPPER.writeValueAsString(actual)).isEqualTo(MAPPER.writeValueAsString(expected));
    assertThat(types(actual)).isEqualTo(types(expected));
  }

  /** Every node's class, depth first: an IntNode and a LongNode print alike but are not alike. */
  private static List<String> types(JsonNode node) {
    List<String> types = new ArrayList<>();
    types.add(node.getClass().getSimpleName());
    node.elements().forEachRemaining(child -> types.addAll(types(child)));
    return types;
  }

  @Test
  void fabric8ObjectsGiveTheSortedNullFreeTreeOfValueToTree() throws Exception {
    assertSame(
        new DeploymentBuilder()
            .withNewMetadata()
            .withName("dev-orders")
            .withNamespace("application-x")
            .addToLabels("b", "2")
            .addToLabels("a", "1")
            .addToAnnotations("empty", "")
            .endMetadata()
            .withNewSpec()
            .withReplicas(3)
            .withNewTemplate()
            .withNewSpec()
            .addNewContainer()
            .withName("head")
            .withImage("registry.example/orders:1.0")
            .withArgs("--a", "--b")
            .addNewPort()
            .withContainerPort(8080)
            .endPort()
            .withNewResources()
            .addToLimits("cpu", new Quantity("500m"))
            .endResources()
            .endContainer()
            .endSpec()
            .endTemplate()
            .withNewStrategy()
            .withNewRollingUpdate()
            .withMaxSurge(new IntOrString("25%"))
            .withMaxUnavailable(new IntOrString(0))
            .endRollingUpdate()
            .endStrategy()
            .endSpec()
            .build());
    assertSame(
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("dev-orders-env-variables")
            .endMetadata()
            .addToData("Z", "last")
            .addToData("A", "first\nsecond\n")
            .build());
  }

  @Test
  void additionalPropertiesWithNullsNumbersAndNestingGiveTheSameTree() throws Exception {
    GenericKubernetesResource resource = new GenericKubernetesResource();
    resource.setApiVersion("kustomize.toolkit.fluxcd.io/v1");
    resource.setKind("Kustomization");
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("zeta", null);
    spec.put("interval", "5m");
    spec.put("prune", true);
    spec.put("big", new BigInteger("123456789012345678901234567890"));
    spec.put("long", 1L << 40);
    spec.put("float", 1.5f);
    spec.put("double", 2.25);
    spec.put("decimal", new BigDecimal("1.50"));
    spec.put("items", Arrays.asList(1, null, "x", Map.of("b", 1, "a", 2), List.of()));
    spec.put("empty", Map.of());
    resource.setAdditionalProperty("spec", spec);
    assertSame(resource);
  }

  @Test
  void randomValuesGiveTheSameTree() throws Exception {
    Random random = new Random(15);
    for (int i = 0; i < 500; i++) {
      assertSame(randomValue(random, 0));
    }
  }

  private static Object randomValue(Random random, int depth) {
    int kind = random.nextInt(depth > 4 ? 7 : 9);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return random.nextBoolean();
      case 2:
        return random.nextInt();
      case 3:
        return random.nextLong();
      case 4:
        return random.nextDouble();
      case 5:
        return "s" + random.nextInt(5);
      case 6:
        return random.nextInt(3) == 0 ? "" : "line\n" + random.nextInt(9);
      case 7:
        List<Object> list = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
          list.add(randomValue(random, depth + 1));
        }
        return list;
      default:
        Map<String, Object> map = new LinkedHashMap<>();
        for (int n = random.nextInt(6); n > 0; n--) {
          map.put("k" + random.nextInt(10), randomValue(random, depth + 1));
        }
        return map;
    }
  }
}
