package io.aigonix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./aigonix} launcher, run by bash from a copy in a temporary folder that has no
 * jar, so that it must build: a missing tool is exit 3 with what to install, a build that cannot
 * download is exit 3, and a build of a broken source is exit 4 (an internal error) with Maven's
 * output.
 */
class LauncherTest {
  @TempDir Path dir;
  private Path bash;
  private Path launcher;

  @BeforeEach
  void copyLauncher() throws IOException {
    bash = Needs.program("bash", "to run the ./aigonix launcher script");
    launcher = Files.copy(TestSupport.root().resolve("aigonix"), dir.resolve("aigonix"));
  }

  @Test
  void withoutMavenItSaysWhatToInstallAndExits3() throws Exception {
    TestSupport.Run r =
        launch(
            Map.of(
                "PATH",
                bin("dirname", "readlink").toString(),
                "JAVA_HOME",
                System.getProperty("java.home")));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err())
        .isEqualTo(
            "aigonix: building compiler/target/aigonix.jar needs Maven 3.8+ (apt-get install"
                + " maven) and a JDK 17+ (apt-get install openjdk-17-jdk-headless); there is no mvn on PATH\n");
    assertThat(dir.resolve("compiler")).doesNotExist();
  }

  @Test
  void withoutJavaItSaysWhatToInstallAndExits3() throws Exception {
    String path = bin("dirname", "readlink").toString();
    TestSupport.Run none = launch(Map.of("PATH", path));
    assertThat(none.exitCode()).as(none.err()).isEqualTo(3);
    assertThat(none.err())
        .isEqualTo(
            "aigonix: needs Java 17+ (apt-get install openjdk-17-jre-headless, or set JAVA_HOME)\n");

    Path nowhere = dir.resolve("no-jdk");
    TestSupport.Run wrongHome = launch(Map.of("PATH", path, "JAVA_HOME", nowhere.toString()));
    assertThat(wrongHome.exitCode()).isEqualTo(3);
    assertThat(wrongHome.err()).contains("JAVA_HOME is " + nowhere + ", which has no bin/java");
  }

  @Test
  void aBuildOfABrokenSourceIsAnInternalErrorAndShowsMavensOutput() throws Exception {
    Needs.program("mvn", "to run the launcher's build");
    Files.writeString(dir.resolve("pom.xml"), "<project>not a pom");
    TestSupport.Run r = launch(mavenEnvironment(offlineHome()));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    assertThat(r.err())
        .startsWith("aigonix: first use: building compiler/target/aigonix.jar with Maven")
        .contains("Non-readable POM " + dir.resolve("pom.xml"))
        .endsWith(
            "aigonix: building compiler/target/aigonix.jar failed (mvn exit 1, output above): aigonix's"
                + " own source does not build, an internal error\n");
  }

  @Test
  void aBuildThatCannotDownloadItsDependenciesExits3() throws Exception {
    Needs.program("mvn", "to run the launcher's build");
    Files.writeString(
        dir.resolve("pom.xml"),
        "<project><modelVersion>4.0.0</modelVersion><groupId>t</groupId>"
            + "<artifactId>t</artifactId><version>1</version></project>\n");
    TestSupport.Run r = launch(mavenEnvironment(offlineHome()));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err())
        .contains("Connection refused")
        .endsWith(
            "aigonix: the build could not download its dependencies (mvn exit 1, output above): check the"
                + " network, or the mirrors and proxies in ~/.m2/settings.xml\n");
  }

  private TestSupport.Run launch(Map<String, String> environment) throws Exception {
    return TestSupport.process(
        dir, environment, List.of(bash.toString(), launcher.toString(), "--version"));
  }

  /** A folder of links to the named programs (and bash): a PATH that has nothing else. */
  private Path bin(String... programs) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("bash"), bash);
    for (String program : programs) {
      Files.createSymbolicLink(
          bin.resolve(program), Needs.program(program, "for the launcher test's PATH"));
    }
    return bin;
  }

  /**
   * A home for Maven: an empty local repository, and every download sent to a closed loopback port.
   */
  private Path offlineHome() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path home = Files.createDirectories(dir.resolve("home/.m2")).getParent();
    Files.writeString(
        home.resolve(".m2/settings.xml"),
        "<settings><localRepository>"
            + home.resolve("repository")
            + "</localRepository><mirrors><mirror><id>closed</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:"
            + port
            + "/</url></mirror></mirrors></settings>\n");
    return home;
  }

  private static Map<String, String> mavenEnvironment(Path home) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("HOME", home.toString());
    env.put(
        "MAVEN_OPTS",
        "-Duser.home=" + home); // Maven finds settings.xml through user.home, not HOME
    return env;
  }
}
