package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aigonix.TestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aigonix completion}: the script, sourced in a real bash, completes commands and options.
 */
class CompletionCommandTest {

  @Test
  void theBashScriptRegistersACompletionThatKnowsEveryCommand(@TempDir Path tmp) throws Exception {
    Path script = script(tmp, "bash");
    String out =
        bash(
            tmp,
            "source "
                + script
                + "\ncomplete -p aigonix\n"
                + "COMP_WORDS=(aigonix co); COMP_CWORD=1; COMP_LINE='aigonix co'; COMP_POINT=10\n"
                + "_complete_aigonix; echo \"words: ${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(aigonix compile --st); COMP_CWORD=2; COMP_LINE='aigonix compile --st'; COMP_POINT=20\n"
                + "_complete_aigonix; echo \"options: ${COMPREPLY[*]}\"\n");
    assertThat(out).contains("complete -o default -F _complete_aigonix aigonix");
    assertThat(out).containsPattern("words: .*compile").containsPattern("words: .*completion");
    assertThat(out).contains("options: --strict");
  }

  @Test
  void zshGetsTheSameScriptWhichTurnsOnBashcompinitItself(@TempDir Path tmp) throws IOException {
    String bash = Files.readString(script(tmp, "bash"));
    assertThat(Files.readString(script(tmp, "zsh"))).isEqualTo(bash);
    assertThat(bash).contains("ZSH_VERSION").contains("bashcompinit");
  }

  @Test
  void anUnknownShellIsBadUsage() {
    assertThat(TestSupport.cli(TestSupport.root(), "completion", "fish").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  private static Path script(Path tmp, String shell) throws IOException {
    TestSupport.Run run = TestSupport.cli(TestSupport.root(), "completion", shell);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Files.writeString(tmp.resolve("aigonix." + shell), run.out());
  }

  private static String bash(Path dir, String commands) throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/bin/bash")),
        "no /bin/bash to source the completion script in");
    Process p =
        new ProcessBuilder("/bin/bash", "--norc", "--noprofile", "-c", commands)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
