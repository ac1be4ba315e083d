package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.validate.Walk;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AGX5007 (XI Logs): logs go to stdout as an event stream, not to files in a container that
 * disappears. Finds the file sinks of the common .NET and Java loggers in config files, and their
 * env forms; console sinks and {@code /dev/stdout} are what it should be.
 */
final class LogFileSinkCheck implements LintCheck {
  private record Sink(String name, Pattern pattern) {}

  private static final List<Sink> SINKS =
      List.of(
          new Sink(
              "a Serilog file sink", Pattern.compile("\"Name\"\\s*:\\s*\"(?:File|RollingFile)\"")),
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
  private static final Pattern SERILOG_ENV = Pattern.compile("(?i).*WRITETO.*NAME");
  private static final Pattern LOG_FILE_ENV =
      Pattern.compile("(?i)(?:.*[_.])?LOG_?FILE(?:_?PATH|_?NAME)?");
  private static final String HINT =
      "write logs to stdout (Serilog Console sink, NLog ColoredConsole target, "
          + "ConsoleAppender): Kubernetes collects them, a file dies with the pod";

  @Override
  public void check(LintContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (ConfigTexts.Entry entry : ConfigTexts.entries(ms)) {
        ctx.configTexts().text(entry).ifPresent(text -> file(ctx, entry, text));
      }
      for (Walk.EnvMap env : Walk.envMaps(ms)) {
        env.env()
            .forEach(
                (key, value) -> {
                  if (value != null && fileSinkEnv(key, value.trim())) {
                    ctx.report(
                        Code.LOG_FILE_SINK,
                        Pointers.child(env.pointer(), key),
                        "env '" + key + "' sends logs to a file",
                        HINT);
                  }
                });
      }
    }
  }

  private static void file(LintContext ctx, ConfigTexts.Entry entry, String text) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      for (Sink sink : SINKS) {
        Matcher m = sink.pattern().matcher(lines.get(i));
        if (m.find()) {
          ctx.report(
              Code.LOG_FILE_SINK,
              entry.valuePointer(),
              "config file '"
                  + entry.name()
                  + "' configures "
                  + sink.name()
                  + " (line "
                  + (i + 1)
                  + " of "
                  + entry.origin()
                  + ")",
              HINT);
          return;
        }
      }
    }
  }

  private static boolean fileSinkEnv(String key, String value) {
    if (SERILOG_ENV.matcher(key).matches()) {
      return value.equalsIgnoreCase("File") || value.equalsIgnoreCase("RollingFile");
    }
    return LOG_FILE_ENV.matcher(key).matches()
        && !value.isEmpty()
        && !value.startsWith("/dev/std")
        && !value.equals("-")
        && !value.equalsIgnoreCase("false");
  }
}
