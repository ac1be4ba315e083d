package io.aigonix.generate;

import io.aigonix.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The runtime configuration templates: {@code templates/runtime/<version>/<file>} on the classpath
 * when it exists, else {@code templates/runtime/default/<file>}. A version is the runtime image
 * tag; tags that are not plain ({@code [A-Za-z0-9_.-]}, no "..") use the defaults.
 */
public final class RuntimeTemplates {
  /** The files of the {@code -dolittle} ConfigMap, in the order the defaults folder holds them. */
  public static final List<String> FILES =
      List.of(
          "appsettings.json",
          "clients.json",
          "endpoints.json",
          "event-horizon-consents.json",
          "event-horizons.json",
          "metrics.json",
          "microservices.json",
          "platform.json",
          "resources.json");

  private static final Pattern PLAIN_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  private final ClassLoader loader;

  /**
   * Parsed templates by resource name (absent ones as an empty Optional); only looked up, never
   * iterated; concurrent because microservices are generated in parallel.
   */
  private final Map<String, java.util.Optional<Map<String, Object>>> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  public RuntimeTemplates(ClassLoader loader) {
    this.loader = loader;
  }

  public RuntimeTemplates() {
    this(RuntimeTemplates.class.getClassLoader());
  }

  /** The template of {@code file} for runtime {@code version} ("" for none): a JSON object. */
  public Map<String, Object> template(String version, String file) {
    if (PLAIN_TAG.matcher(version).matches() && !version.contains("..")) {
      Map<String, Object> specific = read("templates/runtime/" + version + "/" + file);
      if (specific != null) {
        return specific;
      }
    }
    Map<String, Object> fallback = read("templates/runtime/default/" + file);
    if (fallback == null) {
      throw new IllegalStateException("missing template templates/runtime/default/" + file);
    }
    return fallback;
  }

  /** The template of {@code file} with {@code computed} merged over it ({@link #merge}). */
  public Map<String, Object> withComputed(
      String version, String file, Map<String, Object> computed) {
    return merge(template(version, file), computed);
  }

  /**
   * {@code overlay} over {@code base}: objects merged key by key, anything else (arrays included)
   * replaced, so a template keeps the settings aigonix does not compute.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overlay) {
    TreeMap<String, Object> merged = new TreeMap<>(base);
    overlay.forEach(
        (key, value) -> {
          Object old = merged.get(key);
          if (old instanceof Map<?, ?> o && value instanceof Map<?, ?> v) {
            merged.put(key, merge((Map<String, Object>) o, (Map<String, Object>) v));
          } else {
            merged.put(key, value);
          }
        });
    return merged;
  }

  private Map<String, Object> read(String resource) {
    return cache
        .computeIfAbsent(resource, r -> java.util.Optional.ofNullable(load(r)))
        .orElse(null);
  }

  private Map<String, Object> load(String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in == null ? null : Json.readObject(in);
    } catch (IOException e) {
      throw new UncheckedIOException("template " + resource + " is not a JSON object", e);
    }
  }
}
