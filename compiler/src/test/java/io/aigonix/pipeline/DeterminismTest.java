package io.aigonix.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aigonix.layout.Layout;
import io.aigonix.render.OutputTree;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §2.5: the CLI in another JVM, with another time zone, language, default charset and working
 * directory, writes the same bytes as the in-process compile.
 */
class DeterminismTest {
  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> sameBytesInAnotherJvm() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String sample : Golden.folders(Golden.root().resolve("samples"))) {
      if (Golden.compilable(sample)) {
        tests.add(DynamicTest.dynamicTest(sample, () -> check(sample)));
      }
    }
    return tests.stream();
  }

  private void check(String sample) throws Exception {
    OutputTree inProcess = Golden.compile(sample);
    Path cwd = Files.createDirectories(temp.resolve(sample + "-cwd"));
    Path out = temp.resolve(sample + "-out");
    Path input = Golden.root().resolve("samples").resolve(sample).resolve("aigonix.yaml");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Duser.timezone=Pacific/Chatham",
            "-Duser.language=tr",
            "-Duser.country=TR",
            "-Dfile.encoding=ISO-8859-1",
            "-Dline.separator=\r\n",
            "-cp",
            System.getProperty("java.class.path"),
            "io.aigonix.cli.Main",
            "compile",
            "-f",
            input.toString(),
            "-o",
            out.toString());
    Process process =
        new ProcessBuilder(command)
            .directory(cwd.toFile())
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve(sample + ".log").toFile())
            .start();
    int exit = process.waitFor();
    assertEquals(0, exit, () -> "forked compile failed: " + read(temp.resolve(sample + ".log")));
    TreeMap<String, byte[]> files = new TreeMap<>(Golden.read(out).files());
    assertTrue(files.remove(Layout.MARKER) != null, "the output carries the marker file");
    assertEquals("", Golden.diff(inProcess, new OutputTree(files)));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (Exception e) {
      return "(no log)";
    }
  }

  static String classPathSeparator() {
    return File.pathSeparator;
  }
}
