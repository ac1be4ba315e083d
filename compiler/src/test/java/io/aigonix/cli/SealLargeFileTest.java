package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `seal --write` reads a file as large as `validate` does: both go through the one reader and its
 * SourceLimits (8 MiB), not through a second parser with SnakeYAML's 3 MiB default.
 */
class SealLargeFileTest {
  static final String ANCHOR = "        env:\n          ASPNETCORE_URLS: http://+:8080\n";

  @TempDir Path dir;

  @Test
  void writesIntoAFileOverFourMebibytesThatValidateAccepts() throws Exception {
    TestSupport.copySample("webshop", dir);
    Path yaml = dir.resolve("aigonix.yaml");
    String sample = Files.readString(yaml);
    assertThat(sample).contains(ANCHOR);
    StringBuilder env = new StringBuilder(ANCHOR);
    for (int i = 0; env.length() < 4_500_000; i++) {
      env.append(
          String.format(Locale.ROOT, "          FEATURE_%05d: \"%s\"\n", i, "on-".repeat(300)));
    }
    String original = sample.replace(ANCHOR, env.toString());
    Files.writeString(yaml, original);
    assertThat(Files.size(yaml)).isBetween(4L * 1024 * 1024, 5L * 1024 * 1024);

    TestSupport.Run validate = TestSupport.cli(dir, "validate", "-f", "aigonix.yaml");
    assertThat(validate.exitCode()).as(validate.err()).isZero();

    TestSupport.Run seal =
        TestSupport.cli(
            dir,
            new ByteArrayInputStream("s3cret".getBytes(StandardCharsets.UTF_8)),
            Map.of(),
            "seal",
            "-f",
            "aigonix.yaml",
            "--app",
            "Webshop",
            "--env",
            "Prod",
            "--microservice",
            "Catalog",
            "--key",
            "API_TOKEN",
            "--write");
    assertThat(seal.exitCode()).as(seal.err()).isZero();
    assertThat(seal.err()).contains("wrote secretEnv.API_TOKEN.Prod of microservice Catalog");

    String edited = Files.readString(yaml);
    String last = env.substring(env.lastIndexOf("          FEATURE_"));
    int at = original.indexOf(last) + last.length();
    String inserted = edited.substring(at, edited.length() - (original.length() - at));
    assertThat(inserted)
        .matches("        secretEnv:\n          API_TOKEN:\n            Prod: Ag[A-Za-z0-9+/=]+\n");
    assertThat(edited).isEqualTo(original.substring(0, at) + inserted + original.substring(at));
  }
}
