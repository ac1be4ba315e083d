package io.aigonix.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.validate.LoopOracle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lint checks find on generated text what their expressions found before: {@link
 * Suppressions#codes} as {@code AGX[0-9]{4}}, and {@link LogFileSinkCheck}'s pre-checks let every
 * match of its expressions (kept here as the oracle) through.
 */
class LintLoopsTest {
  private static final int RUNS = LoopOracle.RUNS;

  @Test
  void suppressionCodes() {
    Pattern code = Pattern.compile("AGX[0-9]{4}");
    String[] fragments = {
      "AGX", "A", "G", "X", "0", "5", "9", "12", "1234", "AGX5002", " ", ",", "é"
    };
    Random random = new Random(4);
    int found = 0;
    for (int i = 0; i < RUNS; i++) {
      String text = LoopOracle.fromFragments(random, fragments, 8);
      List<String> expected = new ArrayList<>();
      Matcher m = code.matcher(text);
      while (m.find()) {
        expected.add(m.group());
      }
      assertThat(Suppressions.codes(text)).as("'%s'", text).isEqualTo(expected);
      found += expected.isEmpty() ? 0 : 1;
    }
    assertThat(found).isGreaterThan(RUNS / 50);
  }

  @Test
  void fileSinkEnvAsBefore() {
    Pattern serilog = Pattern.compile("(?i).*WRITETO.*NAME");
    Pattern logFile = Pattern.compile("(?i)(?:.*[_.])?LOG_?FILE(?:_?PATH|_?NAME)?");
    String[] keys = {
      "Serilog__WriteTo__0__Name",
      "LOG_FILE",
      "APP_LOGFILE_PATH",
      "x.log_file_name",
      "Serilog",
      "__",
      "WriteTo",
      "0",
      "Name",
      "LOG",
      "_",
      "FILE",
      "file",
      "PATH",
      ".",
      "x",
      "é"
    };
    String[] values = {
      "File", "RollingFile", "/dev/stdout", "-", "false", "", "/var/log/a.log", "console"
    };
    Random random = new Random(5);
    int yes = 0;
    for (int i = 0; i < RUNS; i++) {
      String key = LoopOracle.fromFragments(random, keys, 3);
      String value = values[random.nextInt(values.length)];
      boolean expected;
      if (serilog.matcher(key).matches()) {
        expected = value.equalsIgnoreCase("File") || value.equalsIgnoreCase("RollingFile");
      } else {
        expected =
            logFile.matcher(key).matches()
                && !value.isEmpty()
                && !value.startsWith("/dev/std")
                && !value.equals("-")
                && !value.equalsIgnoreCase("false");
      }
      assertThat(LogFileSinkCheck.fileSinkEnv(key, value))
          .as("%s=%s", key, value)
          .isEqualTo(expected);
      yes += expected ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(RUNS / 100);
  }

  @Test
  void everyFileSinkLineNamesAFile() {
    List<Pattern> sinks =
        List.of(
            Pattern.compile("\"Name\"\\s*:\\s*\"(?:File|RollingFile)\""),
            Pattern.compile("(?i)(?:xsi:type\\s*=\\s*\"File\"|\"type\"\\s*:\\s*\"File\")"),
            Pattern.compile("\\b(?:Rolling)?FileAppender\\b"),
            Pattern.compile(
                "(?i)(?:\"log_?file\"\\s*:|^\\s*log_?file\\s*[=:])\\s*\"?(?!/dev/std(?:out|err))[^\\s\",}]+"));
    String[] fragments = {
      "\"Name\"", ":", " ", "\"File\"", "\"RollingFile\"", "xsi:type", "=", "\"type\"", "FILE",
      "FileAppender", "Rolling", "log_file", "LogFile", "\"", "/dev/stdout", "a.log", "}", ","
    };
    Random random = new Random(6);
    int found = 0;
    for (int i = 0; i < RUNS; i++) {
      String line = LoopOracle.fromFragments(random, fragments, 6);
      for (Pattern sink : sinks) {
        if (sink.matcher(line).find()) {
          found++;
          assertThat(io.aigonix.validate.TextScan.containsIgnoreCase(line, "file"))
              .as("'%s'", line)
              .isTrue();
        }
      }
    }
    assertThat(found).isGreaterThan(RUNS / 50);
  }
}
