package io.aigonix.bench;

import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.OutputTree;
import io.aigonix.render.Recompile;
import io.aigonix.render.TreeWriter;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code compile -o} into its own output after one image change, as the command does it (the record
 * opened, the back end with reuse, the tree written over the old one, the record saved), without
 * the front end: the input of bench/compile-bench.sh and the same with App1's Service1 retagged,
 * alternately, so every call regenerates that microservice in its three environments. Public API
 * only, so {@code java -cp old.jar:benchmarks.jar org.openjdk.jmh.Main RecompileBenchmark} measures
 * an older jar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx768m")
public class RecompileBenchmark {
  @Param({"1000"})
  public int microservices;

  private Path folder;
  private Compiler compiler;
  private Checked[] inputs;
  private int run;

  @Setup
  public void setUp() throws IOException {
    Path file = Inputs.microservicesFile(microservices);
    folder = file.getParent();
    Path changed = folder.resolve("changed.yaml");
    String text = Files.readString(file);
    String image = "registry.example/app1/service1:1.0.1,";
    if (!text.contains(image)) {
      throw new IllegalStateException("the benchmark input has no " + image);
    }
    Files.writeString(changed, text.replace(image, "registry.example/app1/service1:1.0.1-hotfix,"));
    compiler = new Compiler();
    inputs =
        new Checked[] {
          compiler.check(file, "aigonix.yaml"), compiler.check(changed, "changed.yaml")
        };
    for (Checked checked : inputs) {
      if (!checked.compilable()) {
        throw new IllegalStateException("the benchmark input does not compile: " + checked);
      }
    }
    recompile(); // the first compile, which the others reuse
  }

  @TearDown
  public void tearDown() {
    Inputs.delete(folder);
  }

  @Benchmark
  public OutputTree recompileAfterOneChange() throws IOException {
    return recompile();
  }

  private OutputTree recompile() throws IOException {
    Path out = folder.resolve("out");
    Recompile recompile = Recompile.open(folder.resolve("cache"), "bench", out);
    OutputTree tree = compiler.compile(inputs[run++ % 2], recompile);
    recompile.forget();
    new TreeWriter().write(tree, out);
    recompile.save();
    return tree;
  }
}
