package io.aigonix.harden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.render.OutputTree;
import io.aigonix.render.TreeWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 4: a compile killed mid-write leaves .OUT.new-* / .OUT.old-* folders; the next
 * write removes those (and only those) aigonix made whose process is gone.
 */
class OutputLeftoversTest {
  @TempDir Path dir;

  @Test
  void foldersOfAKilledRunAreRemovedByTheNextOne() throws Exception {
    long dead = deadPid();
    Path out = dir.resolve("out");
    new TreeWriter().write(tree("a.yaml", "a: 1\n"), out);
    Path killedNew = scratch(".out.new-111", dead);
    Files.writeString(killedNew.resolve("half-written.yaml"), "kind: Con");
    Path killedOld = scratch(".out.old-222", dead);
    Files.createDirectories(killedOld.resolve("tree/app"));
    Files.writeString(killedOld.resolve("tree/app/x.yaml"), "x: 1\n");
    Files.createDirectory(dir.resolve(".out.new-333")); // killed before the marker was written
    Path running = scratch(".out.new-444", ProcessHandle.current().pid()); // a run in progress
    Path unmarked =
        Files.createDirectory(dir.resolve(".out.old-555")); // not aigonix's: has content, no marker
    Files.writeString(unmarked.resolve("keep.txt"), "mine");
    Path otherOutput = scratch(".other.new-666", dead);

    new TreeWriter().write(tree("b.yaml", "b: 2\n"), out);

    assertThat(names())
        .containsExactlyInAnyOrder("out", ".out.new-444", ".out.old-555", ".other.new-666");
    assertThat(running).exists();
    assertThat(otherOutput).exists();
    assertThat(Files.readString(out.resolve("b.yaml"))).isEqualTo("b: 2\n");
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("b.yaml", ".aigonix-output");
    }
  }

  @Test
  void aCompileKilledWhileWritingLeavesNothingAfterTheNextRun() throws Exception {
    Path out = dir.resolve("out");
    Path marker = scratch(".out.new-777", deadPid());
    assertThat(marker.resolve(".aigonix-scratch")).exists();
    new TreeWriter().write(tree("a.yaml", "a: 1\n"), out);
    assertThat(names()).containsExactly("out");
  }

  private Path scratch(String name, long pid) throws IOException {
    Path d = Files.createDirectory(dir.resolve(name));
    Files.writeString(d.resolve(".aigonix-scratch"), pid + "\n");
    return d;
  }

  private static long deadPid() throws Exception {
    // the running JVM's own java, so the test needs nothing on PATH
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    p.waitFor();
    return p.pid();
  }

  private java.util.List<String> names() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static OutputTree tree(String name, String content) {
    return new OutputTree(Map.of(name, content.getBytes(StandardCharsets.UTF_8)));
  }
}
