package io.aigonix.bench;

import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The front end on the webshop sample: a warm check (the schema already compiled), and the cost of
 * the first check of a run (a new Compiler compiles the schema), which a pre-commit hook pays once.
 * Run from the repository root, or pass -Daigonix.root=&lt;repository&gt;.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {
  private Path file;
  private Compiler warm;

  @Setup
  public void setUp() throws IOException {
    file = Inputs.root().resolve("samples/webshop/aigonix.yaml");
    warm = new Compiler();
    warm.check(file, "aigonix.yaml");
  }

  @Benchmark
  public Checked warmCheck() throws IOException {
    return warm.check(file, "aigonix.yaml");
  }

  @Benchmark
  public Checked firstCheckOfARun() throws IOException {
    return new Compiler().check(file, "aigonix.yaml");
  }
}
