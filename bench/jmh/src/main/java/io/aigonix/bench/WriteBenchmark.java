package io.aigonix.bench;

import io.aigonix.pipeline.Checked;
import io.aigonix.pipeline.Compiler;
import io.aigonix.render.OutputTree;
import io.aigonix.render.TreeWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * compile -o's writing of the tree of bench/compile-bench.sh's input (no compile): into an absent
 * folder, and over the folder it wrote with one file changed (a recompile after one change).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx768m")
public class WriteBenchmark {
  @Param({"1000"})
  public int microservices;

  private Path folder;
  private OutputTree tree;
  private OutputTree changed;
  private Path fresh;
  private int run;

  @Setup
  public void setUp() throws IOException {
    Path file = Inputs.microservicesFile(microservices);
    folder = file.getParent();
    Compiler compiler = new Compiler();
    Checked checked = compiler.check(file, "aigonix.yaml");
    tree = compiler.compile(checked);
    TreeMap<String, byte[]> files = new TreeMap<>(tree.files());
    String first = files.firstKey();
    files.put(first, (tree.text(first) + "# changed\n").getBytes(StandardCharsets.UTF_8));
    changed = new OutputTree(files);
    new TreeWriter().write(tree, folder.resolve("out"));
  }

  @Setup(Level.Invocation)
  public void absent() throws IOException {
    fresh = folder.resolve("fresh-" + run++);
  }

  @TearDown(Level.Invocation)
  public void removeFresh() throws IOException {
    if (Files.exists(fresh)) {
      Inputs.delete(fresh);
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    Inputs.delete(folder);
  }

  /** A cold compile's write: every file created. */
  @Benchmark
  public void writeIntoAbsentFolder() throws IOException {
    new TreeWriter().write(tree, fresh);
  }

  /** A recompile's write: one file differs from the folder's, alternately the change and back. */
  @Benchmark
  public void rewriteAfterOneChange() throws IOException {
    new TreeWriter().write(run++ % 2 == 0 ? changed : tree, folder.resolve("out"));
  }
}
