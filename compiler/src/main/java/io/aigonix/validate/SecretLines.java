package io.aigonix.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigonix.source.Location;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.Pointers;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The lines of a source that hold secret values: sealed values, plain env values whose names look
 * secret, and credentials in connection strings ({@link Credentials}). Text diagnostics quote source lines; these lines are quoted only up to the value.
 */
public final class SecretLines {
  /** Env names that suggest a secret value (shared with the AGX2016 rule). */
  public static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|CONNECTION_?STRING).*");

  private final Map<Integer, Integer> firstSecretColumn = new TreeMap<>();

  public SecretLines(ParsedSource source) {
    JsonNode apps = source.root().path("applications");
    for (int a = 0; a < apps.size(); a++) {
      String app = "/applications/" + a;
      mark(source, app + "/registry/sealedDockerConfigJson");
      JsonNode services = apps.get(a).path("microservices");
      for (int m = 0; m < services.size(); m++) {
        String ms = app + "/microservices/" + m;
        JsonNode node = services.get(m);
        node.path("secretEnv").fields().forEachRemaining(key -> key.getValue().fieldNames().forEachRemaining(
            env -> mark(source, Pointers.child(Pointers.child(ms + "/secretEnv", key.getKey()), env))));
        markEnv(source, node.path("env"), ms + "/env");
        markContent(source, node.path("configFiles"), ms + "/configFiles");
        node.path("environments").fields().forEachRemaining(o -> {
          String override = Pointers.child(ms + "/environments", o.getKey());
          markEnv(source, o.getValue().path("env"), override + "/env");
          markContent(source, o.getValue().path("configFiles"), override + "/configFiles");
        });
      }
    }
    markCredentials(source.text());
  }

  /** The line as it may be shown: cut before the first secret value on it, if any. */
  public String redact(int line, String text) {
    Integer column = firstSecretColumn.get(line);
    if (column == null) {
      return text;
    }
    int cut = Math.min(text.length(), text.offsetByCodePoints(0, Math.min(column - 1, text.codePointCount(0, text.length()))));
    return text.substring(0, cut) + "<redacted>";
  }

  /** Connection strings with credentials, wherever they are written (env values, inline config files). */
  private void markCredentials(String text) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int at = Credentials.find(line);
      if (at >= 0) {
        firstSecretColumn.merge(i + 1, line.codePointCount(0, at) + 1, Math::min);
      }
    }
  }

  /** Inline config file content that holds a credential (a {@code .env} line, a connection string). */
  private void markContent(ParsedSource source, JsonNode configFiles, String pointer) {
    configFiles.fields().forEachRemaining(file -> {
      JsonNode content = file.getValue().path("content");
      if (content.isTextual() && Credentials.firstLine(file.getKey(), content.asText()) > 0) {
        mark(source, Pointers.child(pointer, file.getKey()) + "/content");
      }
    });
  }

  private void markEnv(ParsedSource source, JsonNode env, String pointer) {
    env.fieldNames().forEachRemaining(key -> {
      if (SECRET_NAME.matcher(key).matches()) {
        mark(source, Pointers.child(pointer, key));
      }
    });
  }

  private void mark(ParsedSource source, String pointer) {
    if (!source.locations().has(pointer)) {
      return;
    }
    Location at = source.locations().value(pointer);
    firstSecretColumn.merge(at.line(), at.column(), Math::min);
  }
}
