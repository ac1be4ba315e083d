package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigonix.diag.Diagnostic;
import io.aigonix.diff.Manifest;
import io.aigonix.diff.ManifestReader;
import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.TreeWriter;
import io.aigonix.seal.SealingCertificate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code import --verify} (SPEC §7): compiles the imported files through the one {@link Compiler}
 * and compares each generated object with the dump's object of the same kind, namespace and name
 * ({@link Differ}, {@link ClusterFields}), in aigonix.yaml's words ({@link Wording}), each
 * difference checked against the documented list ({@link Intended}). Secrets compare by key set
 * only. Then the dump's objects compile does not produce.
 */
final class Verifier {
  private static final Comparator<Verification.Finding> ORDER =
      Comparator.comparing(Verification.Finding::object).thenComparing(Verification.Finding::field);
  private final Compiler compiler;

  Verifier(Compiler compiler) {
    this.compiler = compiler;
  }

  /**
   * A certificate for a key made for this run and thrown away: without {@code --cert} the values
   * are sealed with it for the verification compile only (its ciphertexts are never written).
   */
  static SealingCertificate throwaway() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
      return new SealingCertificate(key, Instant.EPOCH, Instant.MAX);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no RSA key generator in this JVM", e);
    }
  }

  /** {@code files}: aigonix.yaml and its config files; {@code dump}: every object read. */
  Verification verify(Map<String, byte[]> files, List<DumpObject> dump) throws IOException {
    Path folder = Files.createTempDirectory("aigonix-verify-");
    try {
      new ImportWriter().write(files, folder.resolve("import"), false);
      Checked checked = compiler.check(folder.resolve("import/aigonix.yaml"), "aigonix.yaml");
      if (!checked.compilable()) {
        List<Diagnostic> errors =
            checked.diagnostics().stream().filter(Diagnostic::isError).toList();
        return new Verification(List.of(), List.of(), errors);
      }
      return compare(new ManifestReader().read(compiler.compile(checked)).values(), dump);
    } finally {
      TreeWriter.deleteRecursively(folder);
    }
  }

  private Verification compare(Iterable<Manifest> compiled, List<DumpObject> dump) {
    Map<String, DumpObject> byId = new LinkedHashMap<>();
    for (DumpObject o : dump) {
      byId.put(id(o.kind(), o.namespace(), o.name()), o);
    }
    // by identity: a record's hash would walk each object's whole tree
    Set<DumpObject> matched = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Verification.Finding> differences = new ArrayList<>();
    for (Manifest m : compiled) {
      JsonNode g = m.root();
      if (g == null || !g.isObject()) {
        continue;
      }
      String ns = g.path("metadata").path("namespace").asText("");
      if (!ns.isEmpty() && !ns.startsWith("application-")) {
        continue; // Flux / Argo CD objects: the dump of application namespaces has none
      }
      String object = m.kind() + " " + (ns.isEmpty() ? "" : ns + "/") + m.name();
      DumpObject d = byId.get(id(m.kind(), ns, m.name()));
      if (d == null && m.kind().equals("SealedSecret")) {
        d = byId.get(id("Secret", ns, m.name()));
      }
      if (d == null) {
        Optional<String> why =
            m.kind().equals("PodDisruptionBudget") ? Optional.of(Intended.PDB) : Optional.empty();
        differences.add(
            new Verification.Finding(
                Wording.subject(g), m.kind() + " " + m.name(), "is added by compile", object, why));
        continue;
      }
      matched.add(d);
      if (m.kind().equals("SealedSecret")) {
        secretKeys(d, g, object).ifPresent(differences::add);
        continue;
      }
      Set<String> containerEnv = containerEnv(byId, m, ns);
      for (Differ.Difference diff : Differ.diff(m.kind(), d.node(), g)) {
        differences.add(
            new Verification.Finding(
                Wording.subject(g),
                Wording.field(m.kind(), m.name(), diff),
                diff.added() ? "is added by compile" : diff.removed() ? "is dropped" : "differs",
                object,
                Intended.reason(m.kind(), m.name(), diff, containerEnv)));
      }
    }
    List<Verification.Finding> notProduced = notProduced(dump, matched);
    differences.sort(ORDER);
    return new Verification(differences, notProduced, List.of());
  }

  /** The dump's objects in application namespaces that no compiled object matched. */
  private static List<Verification.Finding> notProduced(
      List<DumpObject> dump, Set<DumpObject> matched) {
    List<Verification.Finding> notProduced = new ArrayList<>();
    for (DumpObject d : dump) {
      if (!matched.contains(d) && d.namespace().startsWith("application-")) {
        notProduced.add(
            new Verification.Finding(
                Wording.subject(d.node()),
                d.kind() + " " + d.name(),
                "is not produced by compile",
                d.describe(),
                NotProduced.reason(d)));
      }
    }
    notProduced.sort(ORDER);
    return notProduced;
  }

  /** A Secret (or SealedSecret) of the dump against a generated SealedSecret: keys only. */
  private static Optional<Verification.Finding> secretKeys(
      DumpObject d, JsonNode g, String object) {
    TreeSet<String> dumped = new TreeSet<>();
    d.node().path("data").fieldNames().forEachRemaining(dumped::add);
    d.node().path("stringData").fieldNames().forEachRemaining(dumped::add);
    d.node().path("spec").path("encryptedData").fieldNames().forEachRemaining(dumped::add);
    TreeSet<String> compiled = new TreeSet<>();
    g.path("spec").path("encryptedData").fieldNames().forEachRemaining(compiled::add);
    if (dumped.equals(compiled)) {
      return Optional.empty();
    }
    TreeSet<String> onlyDump = new TreeSet<>(dumped);
    onlyDump.removeAll(compiled);
    TreeSet<String> onlyCompile = new TreeSet<>(compiled);
    onlyCompile.removeAll(dumped);
    String field = d.name().equals("acr") ? "registry keys" : "secretEnv keys";
    return Optional.of(
        new Verification.Finding(
            Wording.subject(g),
            field,
            "differ (only in the dump: " + onlyDump + ", only in the compile: " + onlyCompile + ")",
            object,
            Optional.empty()));
  }

  /** The env names the dump's Deployment sets on its head container, for an env ConfigMap. */
  private static Set<String> containerEnv(Map<String, DumpObject> byId, Manifest m, String ns) {
    Set<String> names = new HashSet<>();
    String suffix = "-env-variables";
    if (m.kind().equals("ConfigMap") && m.name().endsWith(suffix)) {
      String base = m.name().substring(0, m.name().length() - suffix.length());
      DumpObject deployment = byId.get(id("Deployment", ns, base));
      if (deployment != null) {
        for (JsonNode c :
            deployment.node().path("spec").path("template").path("spec").path("containers")) {
          if (c.path("name").asText().equals("head")) {
            c.path("env").forEach(e -> names.add(e.path("name").asText()));
          }
        }
      }
    }
    return names;
  }

  private static String id(String kind, String namespace, String name) {
    return kind + " " + namespace + "/" + name;
  }
}
