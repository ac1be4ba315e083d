package io.aigonix.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aigonix.TestSupport;
import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.OutputTree;
import io.aigonix.render.Recompile;
import io.aigonix.render.TreeWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A recompile into the previous {@code -o} skips the microservices that did not change (issue 15),
 * differentially: after each single change to the input, the output folder or the cache, the
 * recompiled folder must equal a cold compile of the same input byte for byte (every file, the file
 * list, the marker), and exactly the microservices the change reaches must have been generated.
 */
class RecompileTest {
  private static final Compiler COMPILER = new Compiler();

  @TempDir Path tmp;

  /** One run's world: the input folder, the output folder, the cache folder. */
  private record Work(Path src, Path out, Path cache) {
    Path yaml() {
      return src.resolve("aigonix.yaml");
    }
  }

  private Work work(String sample) throws IOException {
    Path src = TestSupport.copySample(sample, tmp.resolve("src"));
    return new Work(src, tmp.resolve("out"), tmp.resolve("cache"));
  }

  /** The bench's generated input (bench/input.sh) with {@code n} microservices per application. */
  private Work bench(int n, String tag) throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("aigonix.yaml"), benchInput(n, tag));
    return new Work(src, tmp.resolve("out"), tmp.resolve("cache"));
  }

  private static String benchInput(int n, String tag) throws Exception {
    String script =
        "source "
            + TestSupport.root().resolve("bench/input.sh")
            + " && bench_input "
            + n
            + " "
            + tag;
    TestSupport.Run run =
        TestSupport.process(TestSupport.root(), Map.of(), List.of("bash", "-c", script));
    assertEquals(0, run.exitCode(), run.err());
    return run.out();
  }

  private static Invocation io(Path cache) {
    Map<String, String> env = cache == null ? Map.of() : Map.of("XDG_CACHE_HOME", cache.toString());
    return new Invocation(
        Path.of("/"),
        new ByteArrayInputStream(new byte[0]),
        env,
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        TestSupport.NOW);
  }

  private static Checked checked(Work w) throws IOException {
    Checked checked = COMPILER.check(w.yaml(), "aigonix.yaml");
    assertTrue(checked.compilable(), () -> checked.diagnostics().toString());
    return checked;
  }

  /** {@code compile -o out} as the command runs it, with the run's cache folder. */
  private static OutputFolder.Written compile(Work w) throws IOException {
    return OutputFolder.write(io(w.cache()), COMPILER, checked(w), w.out());
  }

  /**
   * Recompiles into the old output and checks it against a cold compile of the same input into a
   * fresh folder without a cache; returns how many microservices the recompile generated.
   */
  private int recompileMatchesCold(Work w) throws IOException {
    OutputFolder.Written re = compile(w);
    Path cold = Files.createTempDirectory(tmp, "cold-").resolve("out");
    OutputFolder.Written fresh = OutputFolder.write(io(null), COMPILER, checked(w), cold);
    assertEquals(0, fresh.keptMicroservices(), "a compile without a cache keeps nothing");
    assertEquals(fresh.files(), re.files());
    assertTreesEqual(read(cold), read(w.out()));
    // and both are what the in-memory compile (diff, publish) gives
    SortedMap<String, byte[]> memory = new TreeMap<>(COMPILER.compile(checked(w)).files());
    SortedMap<String, byte[]> written = read(cold);
    written.remove(io.aigonix.layout.Layout.MARKER);
    assertTreesEqual(memory, written);
    assertEquals(
        fresh.generatedMicroservices(),
        re.generatedMicroservices() + re.keptMicroservices(),
        "every microservice is generated or kept");
    assertEquals(0, fresh.keptSharedFiles(), "a compile without a cache keeps nothing");
    assertEquals(
        fresh.generatedSharedFiles(),
        re.generatedSharedFiles() + re.keptSharedFiles(),
        "every shared file is generated or kept");
    lastShared = re;
    return re.generatedMicroservices();
  }

  /** The last {@link #recompileMatchesCold}'s figures, for the shared files' tests. */
  private OutputFolder.Written lastShared;

  private static SortedMap<String, byte[]> read(Path root) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void assertTreesEqual(
      SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet(), "file list");
    expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), () -> file + " has no " + from);
    Files.writeString(file, text.replace(from, to));
  }

  private static Path cacheFile(Work w) throws IOException {
    try (Stream<Path> files = Files.list(w.cache().resolve("aigonix/compile"))) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), all::toString);
      return all.get(0);
    }
  }

  /** A change to the webshop sample and how many of its 5 microservices it reaches. */
  record Mutation(String name, int generated, Change change) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  interface Change {
    void apply(Work w) throws Exception;
  }

  // webshop: Dev has Orders, Catalog and Scanner Gateway, Prod Orders and Catalog; Orders consumes
  // Catalog's public stream (Catalog's objects hold the consent, Orders' the subscription)
  static List<Mutation> webshop() {
    String catalogRuntime = "dolittle/runtime:9.3.3\n        public:\n          path: /catalog";
    return List.of(
        new Mutation("nothing", 0, w -> {}),
        new Mutation(
            "an image",
            1,
            w -> replace(w.yaml(), "scanner-gateway:0.3.0", "scanner-gateway:0.3.1")),
        new Mutation(
            "an image in one environment's override",
            1,
            w -> replace(w.yaml(), "orders:1.1.9", "orders:1.1.8")),
        new Mutation(
            "an env value", 2, w -> replace(w.yaml(), "PAGESIZE: \"25\"", "PAGESIZE: \"30\"")),
        new Mutation(
            "an environment override", 1, w -> replace(w.yaml(), "replicas: 3 ", "replicas: 4 ")),
        new Mutation(
            "a config file's content on disk",
            2,
            w -> replace(w.src().resolve("config/orders/appsettings.json"), "\"EUR\"", "\"SEK\"")),
        new Mutation(
            "a config file's content on disk, same size",
            2,
            w -> replace(w.src().resolve("config/orders/appsettings.json"), "\"EUR\"", "\"USD\"")),
        new Mutation(
            "a runtime version",
            2,
            w -> replace(w.yaml(), catalogRuntime, catalogRuntime.replace("9.3.3", "9.2.2"))),
        new Mutation(
            "the producer's image: the consumer does not see it",
            2,
            w -> replace(w.yaml(), "catalog:2.4.1", "catalog:2.4.2")),
        new Mutation(
            "the producer's object name: the consumer's subscription names its host",
            4,
            w ->
                replace(
                    w.yaml(),
                    "      - name: Catalog ",
                    "      - name: Catalog\n        objectName: catalog-svc\n        # ")),
        new Mutation(
            "the consumer's stream: the producer's consent names it",
            4,
            w ->
                replace(
                    w.yaml(),
                    "stream: 5c3e1a9b-8d7f-4e6a-b2c1-0f9e8d7c6b5a",
                    "stream: 5c3e1a9b-8d7f-4e6a-b2c1-0f9e8d7c6b5b")),
        new Mutation("a tenant's host", 5, w -> replace(w.yaml(), "dev.shop.", "dev2.shop.")),
        new Mutation(
            "an environment's mongo", 5, w -> replace(w.yaml(), "storage: 32Gi", "storage: 64Gi")),
        new Mutation(
            "the customer name", 5, w -> replace(w.yaml(), "name: Acme Corp", "name: Acme Inc")),
        new Mutation(
            "the gitops path",
            5,
            w -> replace(w.yaml(), "path: clusters/prod", "path: clusters/p")),
        new Mutation(
            "a microservice removed",
            0,
            w -> {
              String text = Files.readString(w.yaml());
              Files.writeString(
                  w.yaml(), text.substring(0, text.indexOf("      - name: Scanner Gateway")));
            }),
        new Mutation(
            "a microservice added",
            1,
            w -> {
              String text = Files.readString(w.yaml());
              String gateway = text.substring(text.indexOf("      - name: Scanner Gateway"));
              Files.writeString(
                  w.yaml(),
                  text
                      + gateway
                          .replace("Scanner Gateway", "Scanner Two")
                          .replace("scanner-gateway:", "scanner-two:"));
            }),
        new Mutation(
            "an output file edited in place",
            1,
            w ->
                Files.writeString(
                    w.out().resolve("webshop/dev/deployment-dev-orders.yaml"),
                    "# mine\n",
                    java.nio.file.StandardOpenOption.APPEND)),
        new Mutation(
            "an output file replaced by a file of the same size",
            1,
            w -> {
              Path file = w.out().resolve("webshop/prod/service-prod-catalog.yaml");
              byte[] bytes = Files.readAllBytes(file);
              bytes[bytes.length - 2] ^= 1;
              Path edited = w.out().resolve("edited");
              Files.write(edited, bytes);
              Files.move(edited, file, StandardCopyOption.REPLACE_EXISTING);
            }),
        new Mutation(
            "an output file deleted",
            1,
            w ->
                Files.delete(
                    w.out().resolve("webshop/dev/configmap-dev-orders-env-variables.yaml"))),
        new Mutation(
            "an output file turned into a symlink to the same bytes",
            1,
            w -> {
              Path file = w.out().resolve("webshop/dev/service-dev-catalog.yaml");
              Path copy = w.src().resolve("copy.yaml");
              Files.copy(file, copy);
              Files.delete(file);
              Files.createSymbolicLink(file, copy);
            }),
        new Mutation(
            "the cache corrupt",
            5,
            w -> {
              Path cache = cacheFile(w);
              byte[] bytes = Files.readAllBytes(cache);
              bytes[bytes.length / 2] ^= 0x10;
              Files.write(cache, bytes);
            }),
        new Mutation(
            "the cache truncated",
            5,
            w -> {
              Path cache = cacheFile(w);
              byte[] bytes = Files.readAllBytes(cache);
              Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length - 9));
            }),
        new Mutation("the cache gone", 5, w -> Files.delete(cacheFile(w))),
        new Mutation(
            "the cache of another version",
            5,
            w -> {
              // the previous compile was made by another build, which wrote its own record
              TreeWriter.deleteRecursively(w.out());
              Files.delete(cacheFile(w));
              Recompile other = Recompile.open(w.cache(), "0.0.1-other", w.out());
              OutputTree tree = COMPILER.compile(checked(w), other);
              new TreeWriter().write(tree, w.out());
              other.save();
              assertEquals(5, other.generatedMicroservices());
            }),
        new Mutation(
            "the cache of another output folder",
            5,
            w -> {
              Path elsewhere = w.out().resolveSibling("elsewhere");
              Files.move(w.out(), elsewhere);
              OutputFolder.write(io(w.cache()), COMPILER, checked(w), w.out());
              TreeWriter.deleteRecursively(w.out());
              Files.move(elsewhere, w.out());
              // the record of out is now the one of elsewhere's files: their stamps differ
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("webshop")
  void aSingleChangeRegeneratesWhatItReaches(Mutation mutation) throws Exception {
    Work w = work("webshop");
    OutputFolder.Written first = compile(w);
    assertEquals(5, first.generatedMicroservices());
    assertEquals(0, first.keptMicroservices());
    mutation.change().apply(w);
    assertEquals(mutation.generated(), recompileMatchesCold(w), mutation.name());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everySampleRecompilesUnchangedWithoutGenerating(String sample) throws Exception {
    Work w = work(sample);
    OutputFolder.Written first = compile(w);
    assertEquals(0, recompileMatchesCold(w), "nothing changed");
    assertEquals(first.generatedMicroservices(), compile(w).keptMicroservices());
  }

  static Stream<String> samples() throws IOException {
    try (Stream<Path> dirs = Files.list(TestSupport.samples())) {
      return dirs
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("invalid-"))
          .filter(n -> Files.exists(TestSupport.samples().resolve(n).resolve("aigonix.yaml")))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void theBenchInputRegeneratesTheOneChangedImageInItsThreeEnvironments() throws Exception {
    Work w = bench(4, "1.0.1");
    assertEquals(24, compile(w).generatedMicroservices());
    Files.writeString(w.yaml(), benchInput(4, "1.0.1-hotfix"));
    assertEquals(3, recompileMatchesCold(w));
    // the untouched files are the old ones, linked, not copies
    Path kept = w.out().resolve("app2/prod/deployment-prod-service4.yaml");
    Object before = Files.readAttributes(kept, "unix:ino");
    Files.writeString(w.yaml(), benchInput(4, "1.0.1"));
    assertEquals(3, recompileMatchesCold(w));
    assertEquals(before, Files.readAttributes(kept, "unix:ino"));
    assertEquals(0, recompileMatchesCold(w));
    Files.writeString(w.out().resolve("app1/test/service-test-service2.yaml"), "edited\n");
    assertEquals(1, recompileMatchesCold(w));
    assertEquals(0, recompileMatchesCold(w));
  }

  /**
   * The files of the application, environment and GitOps scopes (namespace, registry secret,
   * tenants, network policy, MongoDB, Flux) are kept while nothing but microservices changes, and
   * each is written anew when the model outside the microservices changes or the file was touched.
   */
  @Test
  void theSharedFilesAreKeptUnlessTheirModelOrTheirFileChanged() throws Exception {
    Work w = work("webshop");
    OutputFolder.Written first = compile(w);
    int shared = first.generatedSharedFiles();
    assertEquals(13, shared, "3 Flux Kustomizations, namespace, acr, 4 per environment");
    assertEquals(0, recompileMatchesCold(w));
    assertEquals(shared, lastShared.keptSharedFiles());
    replace(w.yaml(), "scanner-gateway:0.3.0", "scanner-gateway:0.3.1");
    assertEquals(1, recompileMatchesCold(w));
    assertEquals(shared, lastShared.keptSharedFiles(), "a microservice's change keeps them all");
    Path namespace =
        w.out()
            .resolve(
                "webshop/_application/namespace-application-0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20.yaml");
    Files.writeString(namespace, "# mine\n", java.nio.file.StandardOpenOption.APPEND);
    Files.delete(w.out().resolve("webshop/prod/statefulset-prod-mongo.yaml"));
    assertEquals(0, recompileMatchesCold(w));
    assertEquals(2, lastShared.generatedSharedFiles(), "the edited and the deleted file");
    assertEquals(0, recompileMatchesCold(w));
    assertEquals(shared, lastShared.keptSharedFiles(), "the two rewritten files recorded again");
    replace(w.yaml(), "dev.shop.", "dev2.shop.");
    assertEquals(5, recompileMatchesCold(w));
    assertEquals(0, lastShared.keptSharedFiles(), "a tenant's host is in the shared fingerprint");
    assertEquals(0, recompileMatchesCold(w));
    assertEquals(shared, lastShared.keptSharedFiles(), "and recorded again after it");
  }

  @Test
  void theCommandKeepsItsRecordInTheUsersCacheFolderOnly() throws Exception {
    Work w = work("webshop");
    Path home = Files.createDirectories(tmp.resolve("home"));
    Map<String, String> env = Map.of("HOME", home.toString());
    for (int run = 0; run < 2; run++) {
      TestSupport.Run r =
          TestSupport.cli(
              w.src(), new ByteArrayInputStream(new byte[0]), env, "compile", "-o", "../out");
      assertEquals(0, r.exitCode(), r.err());
    }
    try (Stream<Path> files = Files.list(home.resolve(".cache/aigonix/compile"))) {
      assertEquals(1, files.count());
    }
    assertTrue(
        read(w.out()).keySet().stream().noneMatch(p -> p.contains("cache")),
        "nothing of the cache in the output");
    // without HOME or XDG_CACHE_HOME nothing is kept anywhere, and the compile still works
    TestSupport.Run r = TestSupport.cli(w.src(), "compile", "-o", "../out");
    assertEquals(0, r.exitCode(), r.err());
    assertFalse(Files.exists(tmp.resolve("cache")));
  }

  @Test
  void theFingerprintIsKeyedPerCache() throws Exception {
    Work a = work("webshop");
    compile(a);
    byte[] first = Files.readAllBytes(cacheFile(a));
    TreeWriter.deleteRecursively(a.out());
    Files.delete(cacheFile(a));
    compile(a);
    byte[] second = Files.readAllBytes(cacheFile(a));
    // the same input and output folder, a new cache: another key, so other fingerprints
    assertEquals(first.length, second.length);
    assertNotEquals(
        new String(first, StandardCharsets.ISO_8859_1),
        new String(second, StandardCharsets.ISO_8859_1));
  }
}
