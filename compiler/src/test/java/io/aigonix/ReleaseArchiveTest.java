package io.aigonix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive the way a user gets it (SPEC §13): unpacked into an empty folder away from
 * the source tree, run with a PATH that has Java but no Maven, and with no Java at all. The archive
 * is made by {@code mvn package}, so this test runs in the integration-test phase of {@code mvn
 * verify}; run alone before a package, it skips (under CI=true it fails).
 */
class ReleaseArchiveTest {
  static final String VERSION = "0.1.0";
  @TempDir Path dir;
  private Path home;
  private Path launcher;

  @BeforeEach
  void unpack() throws Exception {
    Path archive =
        Needs.built(
            TestSupport.root().resolve("compiler/target/aigonix-" + VERSION + ".tar.gz"),
            "mvn -B package builds it",
            "to test the release archive");
    Path tar = Needs.program("tar", "to unpack the release archive");
    Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
    TestSupport.Run untar =
        TestSupport.process(
            unpacked,
            Map.of("PATH", System.getenv("PATH")),
            List.of(tar.toString(), "xzf", archive.toString()));
    assertThat(untar.exitCode()).as(untar.err()).isZero();
    home = unpacked.resolve("aigonix-" + VERSION);
    launcher = home.resolve("bin/aigonix");
    assertThat(home.resolve("lib/aigonix.jar")).isRegularFile();
    assertThat(home.resolve("schema/aigonix.schema.json")).isRegularFile();
    assertThat(home.resolve("README.md")).isRegularFile();
    assertThat(Files.isExecutable(launcher)).isTrue();
  }

  @Test
  void runsWithJavaAndNoMavenAndKeepsItsStartUpArchiveInTheUserCache() throws Exception {
    Path bin = bin(true);
    assertThat(bin.resolve("mvn")).doesNotExist();
    TestSupport.Run version = run(dir, bin, "--version");
    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(version.out()).isEqualTo("aigonix " + VERSION + "\n");
    // two archives for this Java: what a compile loads, and the smaller one for the commands that
    // compile nothing
    try (Stream<Path> cached = Files.list(dir.resolve("cache/aigonix/" + VERSION))) {
      List<String> names = cached.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).hasSize(2);
      assertThat(names.get(0)).matches("[0-9]+-check\\.jsa");
      assertThat(names.get(1)).isEqualTo(names.get(0).replace("-check", ""));
    }

    Path project = Files.createDirectories(dir.resolve("project"));
    copy(TestSupport.root().resolve("samples/webshop"), project);
    TestSupport.Run validate = run(project, bin, "validate");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    TestSupport.Run compile = run(project, bin, "compile", "-o", "out");
    assertThat(compile.exitCode()).as(compile.err()).isZero();
    Path golden = TestSupport.golden().resolve("webshop/expected");
    for (String file : files(golden)) {
      assertThat(Files.readAllBytes(project.resolve("out").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(golden.resolve(file)));
    }
    assertThat(files(project.resolve("out"))).containsExactlyInAnyOrderElementsOf(files(golden));
  }

  @Test
  void withoutJavaOrWithAnOldOneItSaysSoAndExits3() throws Exception {
    Path bin = bin(false);
    TestSupport.Run none = run(dir, bin, "--version");
    assertThat(none.exitCode()).as(none.err()).isEqualTo(3);
    assertThat(none.err())
        .isEqualTo(
            "aigonix: needs Java 17+ (apt-get install openjdk-17-jre-headless, or set JAVA_HOME)\n");

    Path old = Files.createDirectories(dir.resolve("old-jdk/bin"));
    Files.writeString(
        old.resolve("java"), "#!/bin/bash\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n");
    old.resolve("java").toFile().setExecutable(true);
    Map<String, String> env = environment(bin);
    env.put("JAVA_HOME", old.getParent().toString());
    TestSupport.Run tooOld =
        TestSupport.process(dir, env, List.of(launcher.toString(), "--version"));
    assertThat(tooOld.exitCode()).as(tooOld.err()).isEqualTo(3);
    assertThat(tooOld.err())
        .isEqualTo(
            "aigonix: needs Java 17+; "
                + old.resolve("java")
                + " is Java 11 (set JAVA_HOME to a Java 17+)\n");
  }

  private TestSupport.Run run(Path cwd, Path bin, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    return TestSupport.process(cwd, environment(bin), command);
  }

  private Map<String, String> environment(Path bin) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", bin.toString());
    env.put("HOME", dir.resolve("home").toString());
    env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    return env;
  }

  /**
   * A PATH of the few programs a user's machine surely has, with or without the running test's
   * java.
   */
  private Path bin(boolean withJava) throws IOException {
    Path bin = Files.createDirectories(dir.resolve(withJava ? "bin-java" : "bin-none"));
    for (String program :
        List.of(
            "bash",
            "env",
            "dirname",
            "readlink",
            "sed",
            "cksum",
            "cut",
            "mktemp",
            "mkdir",
            "mv",
            "rm")) {
      Files.createSymbolicLink(
          bin.resolve(program), Needs.program(program, "for the release archive test's PATH"));
    }
    if (withJava) {
      Files.createSymbolicLink(
          bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    return bin;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static List<String> files(Path tree) throws IOException {
    try (Stream<Path> files = Files.walk(tree)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> tree.relativize(p).toString())
          .filter(p -> !p.equals(".aigonix-output"))
          .sorted()
          .toList();
    }
  }
}
