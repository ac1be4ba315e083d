package io.aigonix.bench;

import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.OutputTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The back end in memory (model → generators → rendered tree), without writing: the input of
 * bench/compile-bench.sh (microservices spread over 2 applications × 3 environments).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx768m")
public class CompileBenchmark {
  @Param({"1000"})
  public int microservices;

  private Path folder;
  private Compiler compiler;
  private Checked checked;

  @Setup
  public void setUp() throws IOException {
    Path file = Inputs.microservicesFile(microservices);
    folder = file.getParent();
    compiler = new Compiler();
    checked = compiler.check(file, "aigonix.yaml");
    if (!checked.compilable()) {
      throw new IllegalStateException("the benchmark input does not compile: " + checked);
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    Inputs.delete(folder);
  }

  @Benchmark
  public OutputTree compile() {
    return compiler.compile(checked);
  }
}
