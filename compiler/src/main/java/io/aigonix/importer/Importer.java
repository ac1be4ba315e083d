package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.diag.Diagnostic;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.YamlWriter;
import io.aigonix.seal.SealingCertificate;
import io.aigonix.source.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code aigonix import} (SPEC §7): a cluster dump → {@code aigonix.yaml} and its config files,
 * following the platform's conventions. The entry point of the package; it writes nothing (see
 * {@link ImportWriter}).
 */
public final class Importer {
  static final String HEADER =
      "# Written by `aigonix import` from a cluster dump. Review it, seal what the\n"
          + "# import report lists, then run `aigonix validate`.\n";
  static final Set<String> NOT_CARRIED =
      Set.of("CronJob", "Job", "Role", "RoleBinding", "ServiceAccount");

  /** What the command line chose. */
  public record Options(
      boolean includeWelcome, Optional<SealingCertificate> certificate, boolean verify) {
    public Options(boolean includeWelcome, Optional<SealingCertificate> certificate) {
      this(includeWelcome, certificate, false);
    }
  }

  /** Reads the dumps named by {@code inputs} (relative to {@code base}) and maps them. */
  public Imported run(Path base, List<String> inputs, Options options) throws IOException {
    String first = inputs.isEmpty() ? "-" : inputs.get(0);
    DumpReader.Read read = new DumpReader(YamlReader.Detail.TREE).read(base, inputs);
    Platform platform = Platform.of(read.objects(), first);
    if (!read.diagnostics().isEmpty() || !platform.diagnostics.isEmpty()) {
      read = new DumpReader(YamlReader.Detail.SPANS).read(base, inputs);
      platform = Platform.of(read.objects(), first);
    }
    if (read.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      return new Imported(
          Map.of(),
          new ImportReport(List.of(), List.of(), List.of(), List.of()),
          read.diagnostics());
    }
    Imported imported = map(platform, options);
    if (!options.verify() || imported.hasErrors()) {
      return imported;
    }
    // Without a certificate the file holds placeholders, which do not compile: the verification
    // compiles a second mapping sealed with a throwaway key (secrets compare by key set only).
    Map<String, byte[]> compiled =
        options.certificate().isPresent()
            ? imported.files()
            : map(
                    platform,
                    new Options(options.includeWelcome(), Optional.of(Verifier.throwaway()), false))
                .files();
    return imported.verified(new Verifier(new Compiler()).verify(compiled, read.objects()));
  }

  private Imported map(Platform platform, Options options) {
    if (!platform.diagnostics.isEmpty()) {
      return new Imported(
          Map.of(),
          new ImportReport(List.of(), List.of(), List.of(), List.of()),
          platform.diagnostics);
    }
    ImportContext ctx =
        new ImportContext(options.includeWelcome(), new SecretValues(options.certificate()));
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("apiVersion", "aigonix/v1");
    root.putObject("customer")
        .put("name", platform.customer.name())
        .put("id", platform.customer.id());
    ArrayNode apps = root.putArray("applications");
    List<ApplicationImport.Ms> all = new ArrayList<>();
    for (Platform.App app : platform.apps) {
      ApplicationImport imported = new ApplicationImport(app, ctx).build();
      apps.add(imported.node);
      all.addAll(imported.microservices);
      classify(app, ctx);
    }
    eventHorizons(all, ctx);
    if (!platform.outside.isEmpty()) {
      ctx.unmanaged.add(
          platform.outside.size() + " objects outside the application namespaces (ignored)");
    }
    Map<String, byte[]> files = new TreeMap<>(ctx.files);
    byte[] yaml = new YamlWriter().write(root);
    files.put(
        "aigonix.yaml",
        (HEADER + new String(yaml, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    return new Imported(
        files,
        new ImportReport(ctx.unmanaged, ctx.drift, ctx.notCarried, ctx.secrets.toSeal()),
        List.of());
  }

  /** RBAC, backups and objects without the platform's labels: named in the report, not imported. */
  private static void classify(Platform.App app, ImportContext ctx) {
    for (DumpObject o : app.objects().values()) {
      if (NOT_CARRIED.contains(o.kind()) || o.name().equals("storage-account-secret")) {
        ctx.notCarried.add(o.describe());
      } else if (o.label("tenant").isEmpty() || o.label("application").isEmpty()) {
        if (!o.name().equals("acr") && !o.kind().equals("Namespace")) {
          ctx.unmanaged.add(o.describe() + ": no tenant/application labels");
        }
      }
    }
  }

  /**
   * Subscriptions in the consumers' {@code event-horizons.json}, with the producer found by its id.
   */
  private static void eventHorizons(List<ApplicationImport.Ms> all, ImportContext ctx) {
    Map<String, ApplicationImport.Ms> byId = new HashMap<>();
    all.forEach(m -> byId.put(m.id(), m));
    boolean consents = false;
    for (ApplicationImport.Ms consumer : all) {
      Map<String, ObjectNode> subscriptions = new TreeMap<>();
      for (DeployedMicroservice env : consumer.perEnv().values()) {
        for (JsonNode list : iterable(env.eventHorizons())) {
          for (JsonNode s : list) {
            ApplicationImport.Ms producer = byId.get(s.path("microservice").asText());
            if (producer == null) {
              ctx.notCarried.add(
                  consumer.name()
                      + ": event horizon from unknown microservice "
                      + s.path("microservice").asText());
              continue;
            }
            ObjectNode entry = JsonNodeFactory.instance.objectNode();
            ObjectNode p = entry.putObject("producer").put("microservice", producer.name());
            if (producer.app() != consumer.app()) {
              p.put("application", producer.app().name());
            }
            entry.put("scope", s.path("scope").asText());
            entry.put("stream", s.path("stream").asText());
            String partition = s.path("partition").asText("default");
            if (!partition.equals("default")) {
              entry.put("partition", partition);
            }
            subscriptions.put(entry.toString(), entry);
          }
        }
      }
      if (!subscriptions.isEmpty()) {
        consents = true;
        ArrayNode a = consumer.node().putArray("eventHorizons");
        subscriptions.values().forEach(a::add);
      }
    }
    if (consents) {
      ctx.notCarried.add(
          "event-horizon consent ids: regenerated (name-based UUIDs of the subscriptions)");
    }
  }

  private static List<JsonNode> iterable(JsonNode object) {
    List<JsonNode> values = new ArrayList<>();
    object.elements().forEachRemaining(values::add);
    return values;
  }
}
