package io.aigonix.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates aigonix.yaml inputs for {@link ValuesPropertyTest}: every value that lands in a
 * Kubernetes, Flux or Argo CD field is a slot, filled from a plain valid pool, or (for a few slots
 * per case) from a pool of tricky values, valid and invalid, taken from the receiving APIs' edge
 * cases. Values are raw YAML (so numbers, tags and escapes are possible); the same seed gives the
 * same cases.
 */
final class ValueCases {
  /** One generated input; {@code slots} says which value went where, for the report. */
  record Case(int index, String yaml, Map<String, String> slots) {}

  private static final String HEX64 = "0123456789abcdef".repeat(4);
  private static final String T1 = "445f8ea8-1a6f-40d7-b2fc-796dba92dc44";
  private static final String T2 = "7a1b9c2d-0e3f-4a5b-8c6d-1e2f3a4b5c6d";

  /** slot → { plain valid values, tricky values }. */
  private static final Map<String, List<List<String>>> POOLS = new LinkedHashMap<>();

  private static void pool(String slot, List<String> valid, List<String> tricky) {
    POOLS.put(slot, List.of(valid, tricky));
  }

  static {
    pool(
        "cpuRequest",
        List.of("25m", "\"0.5\"", "100m"),
        List.of(
            "fast",
            "\"-1\"",
            "1.5.5",
            "1",
            "0.5",
            "\"1e3\"",
            "\" 1\"",
            "\"1 \"",
            "+1",
            "\"1.\"",
            ".5",
            "5u",
            "1e400",
            "\"1e400\"",
            "\"\"",
            "1Ki",
            "0",
            "\"0x10\"",
            "2000m",
            "3",
            "\"1E\"",
            "50n",
            "1k",
            "\"1m1\""));
    pool(
        "cpuLimit",
        List.of("2000m", "\"2\"", "1"),
        List.of(
            "10m",
            "\"1e-3\"",
            "0",
            "\"1.5\"",
            "-2",
            "\"99999999999999999999\"",
            "9223372036854775807",
            "9223372036854775808",
            "1E",
            "\"2 cores\""));
    pool(
        "memoryRequest",
        List.of("256Mi", "1.5Gi", "500M", "128974848"),
        List.of(
            "\"a lot\"",
            "1Gb",
            "\"128974848\"",
            "1e9",
            "\"-1Mi\"",
            "\"1Mi \"",
            "\"0x10\"",
            "2Gi",
            "8Ei",
            "9Ei",
            "1.5",
            "\"1.5Mi\"",
            "0",
            ".5Gi",
            "1mi",
            "\"1e+9\""));
    pool(
        "memoryLimit",
        List.of("1Gi", "2Gi", "1073741824"),
        List.of("100Mi", "1GB", "\"1Gi\\n\"", "1e3", "\"7Ei\"", "16Ei", "0", "\"12:30\""));
    pool(
        "storage",
        List.of("8Gi", "\"20Gi\"", "8589934592"),
        List.of("lots", "0", "\"-1Gi\"", "1e400", "\"1.5Ti\"", "0.5", "1m"));
    pool(
        "host",
        List.of("shop.example.com", "dev.shop.example.com", "xn--bcher-kva.example"),
        List.of(
            "\"Not A Host!\"",
            "\"*.example.com\"",
            "10.0.0.1",
            "\"*\"",
            "a..b",
            "-a.com",
            "a.com.",
            "UPPER.example.com",
            "\"" + "x".repeat(64) + ".example.com\"",
            "\"" + "a.".repeat(127) + "a\"",
            "\"[::1]\"",
            "\"*.*.example.com\"",
            "shop_1.example.com",
            "\"xn--p1ai\"",
            "\"host:8080\""));
    pool(
        "secretName",
        List.of("shop-tls", "dev-shop-example-com-tls"),
        List.of(
            "Bad_Secret",
            "a.b",
            "\"-x\"",
            "\"" + "x".repeat(254) + "\"",
            "\"x y\"",
            "\"tls.\"",
            "UPPER"));
    pool(
        "className",
        List.of("nginx", "nginx.internal"),
        List.of("\"Nginx Class\"", "\"nginx_1\"", "\"\""));
    pool(
        "clusterIssuer",
        List.of("letsencrypt-production", "letsencrypt-staging"),
        List.of("\"x y\"", "Letsencrypt", "\"issuer/one\""));
    pool(
        "storageClass",
        List.of("managed-premium", "standard"),
        List.of("\"Fast SSD\"", "fast.ssd", "\"-ssd\""));
    pool(
        "interval",
        List.of("5m", "1h30m", "90s"),
        List.of(
            "\"5 minutes\"",
            "1.5h",
            "\"-5m\"",
            "\"0\"",
            "\"5\"",
            "1d",
            "500ms",
            "1us",
            "\"1h 30m\"",
            "0s",
            "\"2562048h\"",
            "\"2562047h\"",
            ".5m",
            "5",
            "\"5m\\n\""));
    pool(
        "repoURL",
        List.of("https://git.example.com/acme/gitops.git", "git@github.com:acme/gitops.git"),
        List.of(
            "\"not a url\"",
            "ssh://git@host/x.git",
            "ftp://x/y",
            "\"https://\"",
            "\"github.com/acme/gitops\"",
            "oci://registry.example.com/charts",
            "\"https://git.example.com/a b.git\"",
            "\"host:\""));
    pool(
        "destinationServer",
        List.of("https://kubernetes.default.svc"),
        List.of(
            "kubernetes.default.svc",
            "\"http://10.0.0.1:6443\"",
            "\"https://\"",
            "\"https://k8s .example\""));
    pool(
        "sourceName",
        List.of("flux-system", "gitops.source"),
        List.of("Flux_System", "\"a/b\"", "\"-a\""));
    pool(
        "sourceNamespace",
        List.of("flux-system"),
        List.of("flux.system", "\"" + "n".repeat(64) + "\"", "Flux"));
    pool("argoProject", List.of("default", "team.apps"), List.of("\"My Project\"", "\"p_1\""));
    pool("argoNamespace", List.of("argocd"), List.of("argo.cd", "\"Argo\""));
    pool(
        "probePath",
        List.of("/healthz", "/ready"),
        List.of(
            "no-slash",
            "\"/ready now\"",
            "\"/x?y=1\"",
            "\"/\"",
            "\"//double\"",
            "\"/%41\"",
            "\"/\\u00e9\""));
    pool(
        "image",
        List.of("acme/orders:1.0.0", "acmecorp.azurecr.io/orders:1.2.0", "nginxdemos/hello:0.4"),
        List.of(
            "\"NOT A VALID IMAGE REF!!\"",
            "registry:5000/a/b:1",
            "\"a/b@sha256:" + HEX64 + "\"",
            "\"a/b:tag@sha256:" + HEX64 + "\"",
            "\"a/b@sha256:abc\"",
            "A/b",
            "\"a/b:1\\nx\"",
            "\"[::1]:5000/a:1\"",
            "\"a/b:" + "x".repeat(129) + "\"",
            "\" a/b\"",
            "localhost/a",
            "\"" + HEX64 + "\"",
            "a//b",
            "a/b:",
            "\"a/b@sha256:" + HEX64.toUpperCase() + "\"",
            "a__b/c-d",
            "a___b",
            "\"a/b:-x\"",
            "\"a/b:1.0\\t\""));
    pool(
        "runtimeImage",
        List.of("dolittle/runtime:9.3.3", "dolittle/runtime:8.0.0"),
        List.of(
            "dolittle/runtime:7.8.1",
            "dolittle/runtime:8.9.4",
            "dolittle/runtime:9.2.2",
            "dolittle/runtime:latest",
            "dolittle/runtime",
            "\"dolittle/runtime:9.2.2@sha256:" + HEX64 + "\"",
            "\"Dolittle/runtime:9.3.3\"",
            "dolittle/runtime:9.3.0-rc.1"));
    pool("compatibility", List.of("", "V7"), List.of("V6", "V8", "v6"));
    pool(
        "replicas",
        List.of("1", "2", "3"),
        List.of(
            "0",
            "99999999999999999999",
            "1e400",
            "2147483647",
            "2147483648",
            "-1",
            "3.0",
            "1_000",
            "0x10",
            "\"3\"",
            "!!int \"4\""));
    pool(
        "port",
        List.of("80", "8080"),
        List.of("0", "70000", "4294967376", "65535", "80.0", "-80", "0o17"));
    pool(
        "configFileName",
        List.of("appsettings.json", "banner.txt"),
        List.of(
            "../../evil.json",
            "a/b.json",
            "\"..\"",
            "\".\"",
            "..hidden",
            ".env",
            "\"" + "x".repeat(254) + "\"",
            "\"app settings.json\"",
            "\"\\u00e9.json\""));
    pool(
        "envValue",
        List.of("info", "\"true\""),
        List.of(
            "\"a\\0b\"",
            "\"multi\\nline\"",
            "\"\\ud800\"",
            "\"\\U0001F600\"",
            "!!binary aGVsbG8=",
            "!custom x",
            "!!str 12",
            ".inf",
            "\"\\u0007bell\"",
            "yes",
            "12:30",
            "!!timestamp 2001-12-14"));
    pool(
        "gitopsPath",
        List.of("clusters/prod", "."),
        List.of("\"a\\nb\"", "\"a\\0b\"", "\"a\\tb\""));
    pool("secondTenant", List.of(T2), List.of(T1, T1.toUpperCase()));
    pool(
        "producerTenants",
        List.of("[ { id: " + T1 + " }, { id: " + T2 + " } ]"),
        List.of("[ { id: " + T1 + " } ]", "[ { id: " + T2 + " } ]"));
    pool("pathType", List.of("Prefix"), List.of("Exact", "ImplementationSpecific"));
  }

  private ValueCases() {}

  static List<Case> generate(long seed, int count) {
    Random random = new Random(seed);
    List<Case> cases = new ArrayList<>();
    List<String> slots = new ArrayList<>(POOLS.keySet());
    for (int i = 0; i < count; i++) {
      Map<String, String> chosen = new LinkedHashMap<>();
      int tricky = random.nextInt(4); // 0-3 tricky slots; the rest plain
      List<String> trickySlots = new ArrayList<>();
      for (int k = 0; k < tricky; k++) {
        trickySlots.add(slots.get(random.nextInt(slots.size())));
      }
      for (String slot : slots) {
        List<String> from = POOLS.get(slot).get(trickySlots.contains(slot) ? 1 : 0);
        chosen.put(slot, from.get(random.nextInt(from.size())));
      }
      boolean eventHorizon = random.nextBoolean();
      cases.add(new Case(i, yaml(i, chosen, eventHorizon), chosen));
    }
    return cases;
  }

  private static String yaml(int i, Map<String, String> v, boolean eventHorizon) {
    StringBuilder b = new StringBuilder();
    b.append("apiVersion: aigonix/v1\n");
    b.append("customer:\n  name: Acme ").append(i).append('\n');
    b.append("gitops:\n");
    b.append("  path: ").append(v.get("gitopsPath")).append('\n');
    b.append("  flux:\n    enabled: true\n    interval: ").append(v.get("interval")).append('\n');
    b.append("    sourceRef: { name: ")
        .append(v.get("sourceName"))
        .append(", namespace: ")
        .append(v.get("sourceNamespace"))
        .append(" }\n");
    b.append("  argocd:\n    enabled: true\n    repoURL: ").append(v.get("repoURL")).append('\n');
    b.append("    project: ").append(v.get("argoProject")).append('\n');
    b.append("    namespace: ").append(v.get("argoNamespace")).append('\n');
    b.append("    destinationServer: ").append(v.get("destinationServer")).append('\n');
    b.append("applications:\n");
    b.append("  - name: Shop ").append(i).append('\n');
    b.append("    environments:\n");
    b.append("      - name: Dev\n");
    b.append("        tenants:\n");
    b.append("          - id: ").append(T1).append('\n');
    b.append("            hosts:\n");
    b.append("              - host: ").append(v.get("host")).append('\n');
    b.append("                secretName: ").append(v.get("secretName")).append('\n');
    b.append("          - id: ").append(v.get("secondTenant")).append('\n');
    b.append("            hosts: [ { host: other.example.com } ]\n");
    b.append("        ingress: { className: ")
        .append(v.get("className"))
        .append(", clusterIssuer: ")
        .append(v.get("clusterIssuer"))
        .append(" }\n");
    b.append("        mongo:\n          image: ")
        .append(
            v.get("image").equals("acme/orders:1.0.0") ? "dolittle/mongodb:4.2.2" : v.get("image"))
        .append('\n');
    b.append("          storage: ").append(v.get("storage")).append('\n');
    b.append("          storageClass: ").append(v.get("storageClass")).append('\n');
    b.append("      - name: Prod\n");
    b.append("    microservices:\n");
    b.append("      - name: Orders\n");
    b.append("        head:\n");
    b.append("          image: ").append(v.get("image")).append('\n');
    b.append("          port: ").append(v.get("port")).append('\n');
    b.append("          probes: { liveness: { path: ").append(v.get("probePath")).append(" } }\n");
    b.append("        runtime: { image: ")
        .append(v.get("runtimeImage"))
        .append(
            v.get("compatibility").isEmpty()
                ? ""
                : ", eventStoreCompatibility: " + v.get("compatibility"))
        .append(" }\n");
    b.append("        public: { path: /orders, pathType: ")
        .append(v.get("pathType"))
        .append(" }\n");
    b.append("        replicas: ").append(v.get("replicas")).append('\n');
    b.append("        resources:\n");
    b.append("          requests: { cpu: ")
        .append(v.get("cpuRequest"))
        .append(", memory: ")
        .append(v.get("memoryRequest"))
        .append(" }\n");
    b.append("          limits: { cpu: ")
        .append(v.get("cpuLimit"))
        .append(", memory: ")
        .append(v.get("memoryLimit"))
        .append(" }\n");
    b.append("        env:\n          GREETING: ").append(v.get("envValue")).append('\n');
    b.append("        configFiles:\n          ")
        .append(v.get("configFileName"))
        .append(": { content: \"x\" }\n");
    b.append("        environments:\n");
    b.append("          Dev: {}\n");
    b.append("          Prod: { replicas: 2, resources: { requests: { memory: ")
        .append(v.get("memoryRequest"))
        .append(" } } }\n");
    if (eventHorizon) {
      b.append("        eventHorizons:\n");
      b.append("          - producer: { application: Catalog ")
          .append(i)
          .append(", microservice: Products }\n");
      b.append("            scope: 2f0a4c8e-6b1d-4e3a-9c5f-7d8e9a0b1c2d\n");
      b.append("            stream: 5c3e1a9b-8d7f-4e6a-b2c1-0f9e8d7c6b5a\n");
      b.append("  - name: Catalog ").append(i).append('\n');
      b.append("    environments:\n      - name: Dev\n        tenants: ")
          .append(v.get("producerTenants"))
          .append('\n');
      b.append(
          "    microservices:\n      - name: Products\n        head: { image: acme/products:1.0.0 }\n");
      b.append("        runtime: { image: dolittle/runtime:9.3.3 }\n");
      b.append("        environments: { Dev: {} }\n");
    }
    return b.toString();
  }
}
