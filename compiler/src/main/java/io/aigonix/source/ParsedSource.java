package io.aigonix.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A loaded input file: its text (for quoting source lines), the JSON tree and where each node is.
 *
 * @param file the file on disk (absolute, normalised)
 * @param displayName the path as the user gave it; used in diagnostics
 * @param events the events the reader parsed the whole text into, or null
 */
public record ParsedSource(
    Path file,
    String displayName,
    String text,
    JsonNode root,
    Locations locations,
    ScalarExtents.Log events) {

  public ParsedSource(
      Path file, String displayName, String text, JsonNode root, Locations locations) {
    this(file, displayName, text, root, locations, null);
  }

  /**
   * Where each scalar of the text is ({@link ScalarExtents}): from the reader's events when it kept
   * them, so the text is not parsed a second time; else scanned now.
   */
  public ScalarExtents scalarExtents() {
    return events != null ? events.scan() : ScalarExtents.of(text);
  }

  /** The folder that holds the file: relative paths inside the file are resolved against it. */
  public Path directory() {
    return file.getParent();
  }

  /** Line {@code n} (1-based) of the text without its line ending, or "" past the end. */
  public String line(int n) {
    List<String> lines = text.lines().toList();
    return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
  }
}
