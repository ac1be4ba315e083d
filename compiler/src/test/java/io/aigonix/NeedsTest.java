package io.aigonix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing prerequisite skips the test in a plain clone and fails it under CI. */
class NeedsTest {
  @TempDir Path dir;

  private Needs needs(String ci, boolean withNode) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path node = bin.resolve("node");
    if (withNode && !Files.exists(node)) {
      Files.writeString(node, "#!/bin/sh\n");
      Files.setPosixFilePermissions(node, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Path shared = Files.createDirectories(dir.resolve("shared/tools/sealed-verify"));
    return new Needs(
        ci == null ? Map.of("PATH", bin.toString()) : Map.of("PATH", bin.toString(), "CI", ci),
        shared.getParent().getParent());
  }

  @Test
  void presentPrerequisitesPass() throws Exception {
    Needs needs = needs("true", true);
    assertThat(needs.sharedPath("tools/sealed-verify", true, "to check"))
        .isEqualTo(dir.resolve("shared/tools/sealed-verify"));
    assertThat(needs.find("node")).contains(dir.resolve("bin/node"));
  }

  @Test
  void aPlainCloneSkipsWithWhatTheTestWouldHaveChecked() throws Exception {
    Needs needs = needs(null, false);
    assertThatThrownBy(
            () -> needs.sharedPath("tools/sealed-verify", true, "to decrypt our SealedSecrets"))
        .isInstanceOf(TestAbortedException.class)
        .hasMessage(
            "skipped: needs ../shared/tools/sealed-verify and Node to decrypt our SealedSecrets"
                + " (no node on PATH)");
    assertThatThrownBy(() -> needs.sharedPath("tools/k8s-validate", false, "to validate"))
        .isInstanceOf(TestAbortedException.class)
        .hasMessage(
            "skipped: needs ../shared/tools/k8s-validate to validate (no "
                + dir.resolve("shared/tools/k8s-validate")
                + ")");
    assertThat(needs("false", false).ci()).isFalse();
    assertThat(needs("0", false).ci()).isFalse();
  }

  @Test
  void underCiAMissingPrerequisiteFails() throws Exception {
    Needs needs = needs("true", false);
    assertThatThrownBy(
            () -> needs.sharedPath("tools/sealed-verify", true, "to decrypt our SealedSecrets"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "CI is set, so this test may not be skipped: it needs ../shared/tools/sealed-verify and Node"
                + " to decrypt our SealedSecrets (no node on PATH)");
    assertThat(needs.find("pre-commit")).isEmpty();
  }
}
