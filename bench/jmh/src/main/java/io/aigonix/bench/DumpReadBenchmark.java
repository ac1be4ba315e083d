package io.aigonix.bench;

import io.aigonix.source.SourceLimits;
import io.aigonix.source.StreamResult;
import io.aigonix.source.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The read of a 1,000-microservice dump as import does it first (no locations,
 * bench/import-bench.sh has the whole import): the List split over the cores, and the whole parse
 * on one thread (the split off by -Daigonix.parseChunks=1), both under the launcher's JVM flags.
 * For the figure before this work, run the whole import of a baseline jar with
 * bench/import-bench.sh. Needs python3 (the dump comes from bench/platform-dump.py); run from the
 * repository root or pass -Daigonix.root=&lt;repository&gt;.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class DumpReadBenchmark {
  private static final String LAUNCHER_FLAGS_1 = "-XX:TieredStopAtLevel=1";
  private static final String LAUNCHER_FLAGS_2 = "-XX:+UseSerialGC";
  private static final String LAUNCHER_FLAGS_3 = "-Xmx768m";
  private Path dump;

  @Setup
  public void setUp() throws IOException, InterruptedException {
    dump = Files.createTempFile("aigonix-dump", ".yaml");
    Process p =
        new ProcessBuilder(
                "python3",
                Inputs.root().resolve("bench/platform-dump.py").toString(),
                "scale",
                "1000")
            .redirectOutput(dump.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (p.waitFor() != 0) {
      throw new IOException("bench/platform-dump.py failed");
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(dump);
  }

  private StreamResult read() throws IOException {
    StreamResult read =
        new YamlReader(SourceLimits.DUMPS, YamlReader.Detail.TREE).readStream(dump, "dump.yaml");
    if (!read.diagnostics().isEmpty() || read.documents().size() != 1) {
      throw new IllegalStateException("the dump did not read: " + read.diagnostics());
    }
    return read;
  }

  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {LAUNCHER_FLAGS_1, LAUNCHER_FLAGS_2, LAUNCHER_FLAGS_3})
  public StreamResult split() throws IOException {
    return read();
  }

  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {
        LAUNCHER_FLAGS_1,
        LAUNCHER_FLAGS_2,
        LAUNCHER_FLAGS_3,
        "-Daigonix.parseChunks=1"
      })
  public StreamResult whole() throws IOException {
    return read();
  }
}
