package io.aigonix.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aigonix.cli.Invocation;
import io.aigonix.cli.Main;
import io.aigonix.json.Json;
import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up (issue 15): each measurement is the first call in a fresh JVM (one shot per fork), so it
 * holds the class loading and initialisation a command line pays, without the launcher's archive
 * and flags (bench/startup-bench.sh measures those). {@code schemaReadByMapper} is how the schema
 * was read before, side by side with {@code schemaRead}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class StartupBenchmark {
  private static final String SCHEMA = "schemas/aigonix.schema.json";

  @Benchmark
  public JsonNode schemaRead() throws IOException {
    try (InputStream in = schema()) {
      return Json.read(in);
    }
  }

  @Benchmark
  public JsonNode schemaReadByMapper() throws IOException {
    try (InputStream in = schema()) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Benchmark
  public Checked firstCheck() throws IOException {
    Path file = Inputs.root().resolve("samples/webshop/aigonix.yaml");
    return new Compiler().check(file, "aigonix.yaml");
  }

  @Benchmark
  public int version() {
    return Main.run(invocation(), "--version");
  }

  @Benchmark
  public int validateCommand() {
    return Main.run(
        invocation(),
        "validate",
        "-f",
        Inputs.root().resolve("samples/webshop/aigonix.yaml").toString());
  }

  private static InputStream schema() {
    return StartupBenchmark.class.getClassLoader().getResourceAsStream(SCHEMA);
  }

  private static Invocation invocation() {
    return new Invocation(
        Inputs.root(),
        new ByteArrayInputStream(new byte[0]),
        Map.of(),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()),
        Instant.parse("2030-01-01T00:00:00Z"));
  }
}
