package io.aigonix.generate;

import io.aigonix.json.Json;
import io.aigonix.model.Environment.Tenant;
import io.aigonix.model.Microservice;
import io.aigonix.model.Microservice.Consent;
import io.aigonix.model.Microservice.Subscription;
import io.aigonix.model.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtime's JSON files of one microservice (SPEC §2.3, reference §3 and §5): each is its
 * template ({@link RuntimeTemplates}) with what aigonix computes merged over it. Keys sorted,
 * 2-space indent.
 */
final class RuntimeConfig {
  private static final int MONGO_PORT = 27017;

  private final RuntimeTemplates templates;

  /**
   * The files nothing is computed into (most of them: clients, endpoints, metrics, and the event
   * horizons of a microservice without any), by runtime version and file: the same text for every
   * microservice, so written once. Concurrent because microservices are generated in parallel.
   */
  private final Map<String, String> templateOnly = new ConcurrentHashMap<>();

  RuntimeConfig(RuntimeTemplates templates) {
    this.templates = templates;
  }

  /** File name → content, sorted by file name. */
  TreeMap<String, String> files(MsContext c) {
    String version = c.ms().runtime().map(Microservice.Runtime::version).orElse("");
    Map<String, Map<String, Object>> computed = new TreeMap<>();
    computed.put("resources.json", resources(c));
    computed.put("platform.json", platform(c));
    computed.put("microservices.json", microservices(c.ms()));
    computed.put("event-horizons.json", eventHorizons(c.ms()));
    computed.put("event-horizon-consents.json", consents(c.ms()));
    c.ms()
        .runtime()
        .flatMap(EventStoreCompatibility::appsettings)
        .ifPresent(setting -> computed.put("appsettings.json", setting));
    TreeMap<String, String> files = new TreeMap<>();
    for (String file : RuntimeTemplates.FILES) {
      Map<String, Object> own = computed.getOrDefault(file, Map.of());
      files.put(
          file,
          own.isEmpty()
              ? templateOnly.computeIfAbsent(
                  version + "/" + file,
                  k -> Json.pretty(templates.withComputed(version, file, own)))
              : Json.pretty(templates.withComputed(version, file, own)));
    }
    return files;
  }

  private static Map<String, Object> resources(MsContext c) {
    String host = Names.mongoHost(c.env().objectName(), c.app().id());
    Map<String, Object> byTenant = new TreeMap<>();
    for (Tenant tenant : c.env().tenants()) {
      String prefix =
          (c.ms().id().substring(0, 7) + "_" + tenant.id().substring(0, 7))
              .toLowerCase(Locale.ROOT);
      Map<String, Object> r = new TreeMap<>();
      r.put(
          "readModels",
          Map.of(
              "host",
              "mongodb://" + host + ":" + MONGO_PORT,
              "database",
              prefix + "_readmodels",
              "useSSL",
              false));
      r.put("eventStore", Map.of("servers", List.of(host), "database", prefix + "_eventstore"));
      r.put("projections", Map.of("servers", List.of(host), "database", prefix + "_projections"));
      r.put("embeddings", Map.of("servers", List.of(host), "database", prefix + "_embeddings"));
      byTenant.put(tenant.id(), r);
    }
    return byTenant;
  }

  private static Map<String, Object> platform(MsContext c) {
    Map<String, Object> p = new TreeMap<>();
    p.put("applicationName", c.app().name());
    p.put("applicationID", c.app().id());
    p.put("microserviceName", c.ms().name());
    p.put("microserviceID", c.ms().id());
    p.put("customerName", c.model().customer().name());
    p.put("customerID", c.model().customer().id());
    p.put("environment", c.env().name());
    return p;
  }

  private static Map<String, Object> microservices(Microservice ms) {
    Map<String, Object> producers = new TreeMap<>();
    for (Subscription s : ms.subscriptions()) {
      producers.put(
          s.producerMicroserviceId(), Map.of("host", s.producerHost(), "port", s.producerPort()));
    }
    return producers;
  }

  private static Map<String, Object> eventHorizons(Microservice ms) {
    Map<String, List<Object>> byTenant = new TreeMap<>();
    for (Subscription s : ms.subscriptions()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("scope", s.scope());
      entry.put("microservice", s.producerMicroserviceId());
      entry.put("tenant", s.producerTenant());
      entry.put("stream", s.stream());
      entry.put("partition", s.partition());
      byTenant.computeIfAbsent(s.consumerTenant(), k -> new ArrayList<>()).add(entry);
    }
    return new TreeMap<>(byTenant);
  }

  private static Map<String, Object> consents(Microservice ms) {
    Map<String, List<Object>> byTenant = new TreeMap<>();
    for (Consent consent : ms.consents()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("microservice", consent.consumerMicroserviceId());
      entry.put("tenant", consent.consumerTenant());
      entry.put("stream", consent.stream());
      entry.put("partition", consent.partition());
      entry.put("consent", consent.consentId());
      byTenant.computeIfAbsent(consent.producerTenant(), k -> new ArrayList<>()).add(entry);
    }
    return new TreeMap<>(byTenant);
  }
}
