package io.aigonix.lint;

import io.aigonix.source.Pointers;
import io.aigonix.source.ProjectFiles;
import io.aigonix.spec.MicroserviceSpec.ConfigFileSpec;
import io.aigonix.spec.OverrideSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.Walk;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a microservice's config files, as the lint checks read it: inline {@code content}, or
 * a {@code file} read once through {@link ProjectFiles} (the rules before lint checked that it is
 * inside the project and readable). Files that are not UTF-8 text have no text to lint.
 */
final class ConfigTexts {
  /**
   * One {@code configFiles} entry of the base or of an override, with its pointer and where it
   * comes from.
   */
  record Entry(String name, String pointer, ConfigFileSpec spec) {
    /**
     * How a message names it: the file's path, or the entry name for inline content, as {@code
     * quoting} shows them.
     */
    String origin(RuleContext quoting) {
      return spec.file() != null
          ? quoting.show(pointer + "/file", spec.file())
          : "the content of " + quoting.showKey(name);
    }

    /** Where to report: at its {@code file} or {@code content} value. */
    String valuePointer() {
      return pointer + (spec.file() != null ? "/file" : "/content");
    }
  }

  private final ProjectFiles files;
  private final Map<String, Optional<String>> read = new HashMap<>();

  ConfigTexts(java.nio.file.Path projectDirectory) {
    this.files = new ProjectFiles(projectDirectory);
  }

  /** Every entry of the microservice, its own and its overrides', in the file's order. */
  static List<Entry> entries(Walk.Ms ms) {
    List<Entry> entries = new ArrayList<>();
    for (Walk.ConfigFileMap map : Walk.configFileMaps(ms)) {
      add(entries, map.files(), map.pointer());
    }
    return entries;
  }

  /**
   * The entries in effect in one environment: an override's entry replaces the base's of that name.
   */
  static List<Entry> effective(Walk.Ms ms, String environment) {
    Map<String, Entry> byName = new LinkedHashMap<>();
    List<Entry> own = new ArrayList<>();
    add(own, ms.spec().configFiles(), ms.at("/configFiles"));
    for (Entry e : own) {
      byName.put(e.name(), e);
    }
    OverrideSpec o =
        ms.spec().environments() == null ? null : ms.spec().environments().get(environment);
    if (o != null && o.configFiles() != null) {
      String base = Pointers.child(ms.at("/environments"), environment) + "/configFiles";
      for (Map.Entry<String, ConfigFileSpec> e : o.configFiles().entrySet()) {
        String name = e.getKey();
        if (e.getValue() == null) {
          byName.remove(name);
        } else {
          byName.put(name, new Entry(name, Pointers.child(base, name), e.getValue()));
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /** The entry's text, or empty for a binary or unreadable file. */
  Optional<String> text(Entry entry) {
    if (entry.spec().content() != null) {
      return Optional.of(entry.spec().content());
    }
    Optional<String> text = read.get(entry.spec().file());
    if (text == null) {
      text = readUtf8(entry.spec().file());
      read.put(entry.spec().file(), text);
    }
    return text;
  }

  private Optional<String> readUtf8(String file) {
    try {
      byte[] bytes = files.read(file);
      return Optional.of(
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void add(
      List<Entry> entries, Map<String, ConfigFileSpec> configFiles, String pointer) {
    if (configFiles != null) {
      for (Map.Entry<String, ConfigFileSpec> e : configFiles.entrySet()) {
        if (e.getValue() != null) {
          entries.add(new Entry(e.getKey(), Pointers.child(pointer, e.getKey()), e.getValue()));
        }
      }
    }
  }
}
