package io.aigonix.importer;

import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.source.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dump indexed the way the platform finds things (reference §1, §4): application namespaces
 * {@code application-<id>} with their {@code tenant}/{@code application} labels and {@code
 * dolittle.io/*} annotations, and each namespace's objects by kind and name. One customer per dump.
 */
final class Platform {
  record Customer(String name, String id) {}

  record App(
      String namespace,
      String name,
      String id,
      Map<String, DumpObject> objects,
      Map<String, List<DumpObject>> byKind) {
    App(String namespace, String name, String id, Map<String, DumpObject> objects) {
      this(namespace, name, id, objects, new TreeMap<>());
      objects
          .values()
          .forEach(o -> byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
    }

    Optional<DumpObject> get(String kind, String name) {
      return Optional.ofNullable(objects.get(kind + "/" + name));
    }

    /** The objects of one kind, in name order. */
    List<DumpObject> all(String kind) {
      return byKind.getOrDefault(kind, List.of());
    }
  }

  final Customer customer;
  final List<App> apps;
  final List<DumpObject> outside;
  final List<Diagnostic> diagnostics;

  private Platform(
      Customer customer, List<App> apps, List<DumpObject> outside, List<Diagnostic> diagnostics) {
    this.customer = customer;
    this.apps = apps;
    this.outside = outside;
    this.diagnostics = diagnostics;
  }

  static Platform of(List<DumpObject> objects, String firstFile) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, DumpObject> namespaces = new TreeMap<>();
    Customer customer = null;
    for (DumpObject o : objects) {
      if (!o.kind().equals("Namespace") || !o.name().startsWith("application-")) {
        continue;
      }
      Customer c =
          new Customer(o.label("tenant").replace('_', ' '), o.annotation("dolittle.io/tenant-id"));
      if (customer == null) {
        customer = c;
      } else if (!customer.id().equals(c.id())) {
        diagnostics.add(
            DumpReader.error(
                Code.DUPLICATE_ID,
                o.file(),
                o.at(),
                "a second customer: namespace "
                    + o.name()
                    + " belongs to customer "
                    + c.name()
                    + ", the dump's first application namespace to "
                    + customer.name()
                    + "; import one customer per run"));
        continue;
      }
      namespaces.put(o.name(), o);
    }
    if (customer == null) {
      diagnostics.add(
          DumpReader.error(
              Code.MISSING_PROPERTY,
              firstFile,
              Location.START,
              "the dump holds no application namespace (a Namespace application-<id>)"));
      return new Platform(null, List.of(), List.of(), diagnostics);
    }
    Map<String, Map<String, DumpObject>> byNamespace = new LinkedHashMap<>();
    List<DumpObject> outside = new ArrayList<>();
    for (DumpObject o : objects) {
      if (namespaces.containsKey(o.namespace())) {
        byNamespace
            .computeIfAbsent(o.namespace(), k -> new TreeMap<>())
            .put(o.kind() + "/" + o.name(), o);
      } else if (!namespaces.containsKey(o.name()) || !o.kind().equals("Namespace")) {
        outside.add(o);
      }
    }
    List<App> apps = new ArrayList<>();
    for (DumpObject ns : namespaces.values()) {
      apps.add(
          new App(
              ns.name(),
              ns.label("application").replace('_', ' '),
              ns.annotation("dolittle.io/application-id"),
              byNamespace.getOrDefault(ns.name(), Map.of())));
    }
    apps.sort(Comparator.comparing(App::name));
    return new Platform(customer, apps, outside, diagnostics);
  }
}
