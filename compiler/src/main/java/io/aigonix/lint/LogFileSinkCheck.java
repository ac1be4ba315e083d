package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.validate.TextScan;
import io.aigonix.validate.Walk;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AGX5007 (XI Logs): logs go to stdout as an event stream, not to files in a container that
 * disappears. Finds the file sinks of the common .NET and Java loggers in config files, and their
 * env forms; console sinks and {@code /dev/stdout} are what it should be.
 */
final class LogFileSinkCheck implements LintCheck {
  private record Sink(String name, Pattern pattern) {}

  /**
   * The sinks' expressions, compiled when a config file line first names a file at all ({@link
   * #file}): most config files name none, and a validate of them compiles none of these.
   */
  private static final class Sinks {
    static final List<Sink> ALL =
        List.of(
            new Sink(
                "a Serilog file sink",
                Pattern.compile("\"Name\"\\s*:\\s*\"(?:File|RollingFile)\"")),
            new Sink(
                "an NLog file target",
                Pattern.compile("(?i)(?:xsi:type\\s*=\\s*\"File\"|\"type\"\\s*:\\s*\"File\")")),
            new Sink(
                "a file appender (log4net, log4j, logback)",
                Pattern.compile("\\b(?:Rolling)?FileAppender\\b")),
            new Sink(
                "a log file setting",
                Pattern.compile(
                    "(?i)(?:\"log_?file\"\\s*:|^\\s*log_?file\\s*[=:])\\s*\"?(?!/dev/std(?:out|err))[^\\s\",}]+")));
  }

  /**
   * The env keys' expressions, compiled when a key first names WRITETO or FILE ({@link
   * #fileSinkEnv}).
   */
  private static final class SerilogEnv {
    static final Pattern PATTERN = Pattern.compile("(?i).*WRITETO.*NAME");
  }

  private static final class LogFileEnv {
    static final Pattern PATTERN = Pattern.compile("(?i)(?:.*[_.])?LOG_?FILE(?:_?PATH|_?NAME)?");
  }

  private static final String HINT =
      "write logs to stdout (Serilog Console sink, NLog ColoredConsole target, "
          + "ConsoleAppender): Kubernetes collects them, a file dies with the pod";

  @Override
  public void check(LintContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (ConfigTexts.Entry entry : ConfigTexts.entries(ms)) {
        Optional<String> text = ctx.configTexts().text(entry);
        if (text.isPresent()) {
          file(ctx, entry, text.get());
        }
      }
      for (Walk.EnvMap env : Walk.envMaps(ms)) {
        for (Map.Entry<String, String> e : env.env().entrySet()) {
          String key = e.getKey();
          if (e.getValue() != null && fileSinkEnv(key, e.getValue().trim())) {
            ctx.report(
                Code.LOG_FILE_SINK,
                Pointers.child(env.pointer(), key),
                "env '" + ctx.quoting().showKey(key) + "' sends logs to a file",
                HINT);
          }
        }
      }
    }
  }

  private static void file(LintContext ctx, ConfigTexts.Entry entry, String text) {
    List<String> lines = TextScan.lines(text);
    for (int i = 0; i < lines.size(); i++) {
      // every sink's expression needs the word "file" (in any case)
      if (!TextScan.containsIgnoreCase(lines.get(i), "file")) {
        continue;
      }
      for (Sink sink : Sinks.ALL) {
        Matcher m = sink.pattern().matcher(lines.get(i));
        if (m.find()) {
          ctx.report(
              Code.LOG_FILE_SINK,
              entry.valuePointer(),
              "config file '"
                  + ctx.quoting().showKey(entry.name())
                  + "' configures "
                  + sink.name()
                  + " (line "
                  + (i + 1)
                  + " of "
                  + entry.origin(ctx.quoting())
                  + ")",
              HINT);
          return;
        }
      }
    }
  }

  static boolean fileSinkEnv(String key, String value) {
    if (TextScan.containsIgnoreCase(key, "writeto") && SerilogEnv.PATTERN.matcher(key).matches()) {
      return value.equalsIgnoreCase("File") || value.equalsIgnoreCase("RollingFile");
    }
    return TextScan.containsIgnoreCase(key, "file")
        && LogFileEnv.PATTERN.matcher(key).matches()
        && !value.isEmpty()
        && !value.startsWith("/dev/std")
        && !value.equals("-")
        && !value.equalsIgnoreCase("false");
  }
}
