package io.aigonix.fuzz;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated YAML documents from scratch: mappings and lists nested a few levels, keys mostly from
 * the schema's vocabulary (so the validator gets past the first level), values of every scalar
 * style.
 */
final class YamlGenerator {
  private static final List<String> KEYS =
      List.of(
          "apiVersion",
          "customer",
          "name",
          "id",
          "applications",
          "environments",
          "microservices",
          "head",
          "image",
          "port",
          "runtime",
          "env",
          "secretEnv",
          "configFiles",
          "file",
          "content",
          "public",
          "path",
          "replicas",
          "resources",
          "eventHorizons",
          "producer",
          "microservice",
          "tenants",
          "hosts",
          "registry",
          "sealedDockerConfigJson",
          "gitops",
          "flux",
          "argocd",
          "sealing",
          "Dev",
          "Prod",
          "<<",
          "x-unknown",
          "DB_PASSWORD");
  private static final List<String> SCALARS =
      List.of(
          "aigonix/v1",
          "Acme",
          "Dev",
          "Prod",
          "Orders",
          "acme/orders:1.0.0",
          "8080",
          "0",
          "-5",
          "true",
          "no",
          "null",
          "~",
          "\"quoted\"",
          "'single'",
          "/shop",
          "0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20",
          "none",
          "1.5",
          "\"\\t\"",
          "&a anchored",
          "*a",
          "!!str 1",
          Mutant.MARKER,
          "\"" + Mutant.MARKER + "\"");

  private YamlGenerator() {}

  static Arbitrary<String> documents() {
    return node(3).map(n -> render(n, "")).map(s -> s.startsWith("\n") ? s.substring(1) : s);
  }

  /** A rendered node: scalars inline, collections starting on a new line. */
  private static Arbitrary<Object> node(int depth) {
    Arbitrary<Object> scalar =
        Arbitraries.oneOf(
                Arbitraries.of(SCALARS),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12))
            .map(s -> (Object) s);
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<Object> mapping =
        Combinators.combine(
                Arbitraries.oneOf(
                    Arbitraries.of(KEYS),
                    Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)),
                Arbitraries.lazy(() -> node(depth - 1)))
            .as(Map::entry)
            .list()
            .ofMaxSize(5)
            .map(
                entries ->
                    (Object)
                        entries.stream()
                            .collect(
                                Collectors.toMap(
                                    Map.Entry::getKey,
                                    Map.Entry::getValue,
                                    (a, b) -> a,
                                    java.util.LinkedHashMap::new)));
    Arbitrary<Object> list =
        Arbitraries.lazy(() -> node(depth - 1)).list().ofMaxSize(4).map(l -> (Object) l);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, scalar),
        net.jqwik.api.Tuple.of(4, mapping),
        net.jqwik.api.Tuple.of(2, list));
  }

  private static String render(Object node, String indent) {
    if (node instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        return " {}";
      }
      StringBuilder out = new StringBuilder();
      map.forEach(
          (k, v) ->
              out.append('\n')
                  .append(indent)
                  .append(k)
                  .append(':')
                  .append(render(v, indent + "  ")));
      return out.toString();
    }
    if (node instanceof List<?> list) {
      if (list.isEmpty()) {
        return " []";
      }
      StringBuilder out = new StringBuilder();
      list.forEach(
          v ->
              out.append('\n')
                  .append(indent)
                  .append("- ")
                  .append(render(v, indent + "  ").stripLeading()));
      return out.toString();
    }
    return " " + node;
  }
}
