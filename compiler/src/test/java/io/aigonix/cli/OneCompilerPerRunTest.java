package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import io.aigonix.pipeline.Compiler;
import io.aigonix.validate.SchemaValidator;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads aigonix.yaml goes through the run's one {@link Compiler}, which compiles
 * the JSON Schema once however often it checks. The compiler is given a schema factory that counts:
 * a command that built stages of its own would leave the count at 0, a compiler that compiled the
 * schema per check would raise it above 1.
 */
class OneCompilerPerRunTest {
  /** A time inside the validity of the webshop sample's sealing certificate. */
  static final Instant SEALING_CERTIFICATE_VALID = Instant.parse("2030-01-01T00:00:00Z");

  @TempDir Path dir;
  Path project;
  int schemasCompiled;

  @BeforeEach
  void copySample() throws Exception {
    project = TestSupport.copySample("webshop", dir.resolve("webshop"));
  }

  private TestSupport.Run run(byte[] stdin, String... args) {
    schemasCompiled = 0;
    Compiler compiler =
        new Compiler(
            () -> {
              schemasCompiled++;
              return new SchemaValidator();
            });
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Invocation io =
        new Invocation(
            project,
            new ByteArrayInputStream(stdin),
            Map.of(),
            new PrintWriter(out),
            new PrintWriter(err),
            SEALING_CERTIFICATE_VALID);
    int code = Main.run(io, compiler, compiler::compile, args);
    return new TestSupport.Run(code, out.toString(), err.toString());
  }

  private void assertOneSchema(TestSupport.Run run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(schemasCompiled).as("JSON Schema compilations").isEqualTo(1);
  }

  @Test
  void validateOfTwoFiles() throws Exception {
    Files.copy(project.resolve("aigonix.yaml"), project.resolve("copy.yaml"));
    assertOneSchema(run(new byte[0], "validate", "aigonix.yaml", "copy.yaml"));
  }

  @Test
  void compileAndDiff() {
    assertOneSchema(run(new byte[0], "compile", "-o", dir.resolve("out").toString()));
    assertOneSchema(run(new byte[0], "diff", "--against", dir.resolve("out").toString()));
  }

  @Test
  void publish() throws Exception {
    Path repo = dir.resolve("gitops.git");
    Git.init().setBare(true).setInitialBranch("main").setDirectory(repo.toFile()).call().close();
    assertOneSchema(
        run(
            new byte[0],
            "publish",
            "--repo",
            repo.toString(),
            "--branch",
            "main",
            "--author",
            "CI <ci@example.com>"));
  }

  @Test
  void sealWriteChecksTheFileAndItsEdit() {
    TestSupport.Run run =
        run(
            "s3cret".getBytes(StandardCharsets.UTF_8),
            "seal",
            "--app",
            "Webshop",
            "--env",
            "Dev",
            "--microservice",
            "Orders",
            "--key",
            "DB_PASSWORD",
            "--write");
    assertOneSchema(run);
    assertThat(run.err()).contains("wrote secretEnv.DB_PASSWORD.Dev");
  }

  @Test
  void commandsThatReadNoFileCompileNoSchema() {
    TestSupport.Run run = run(new byte[0], "init", "-f", "starter.yaml");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(schemasCompiled).isZero();
  }
}
