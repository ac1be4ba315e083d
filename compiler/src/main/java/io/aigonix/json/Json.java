package io.aigonix.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The one JSON reader and writer: Jackson configured once, for the runtime's JSON files, the config
 * checksum's canonical trees, the schema, the runtime templates, the JSON and SARIF diagnostics and
 * the diff JSON. Output is UTF-8 text with LF line ends and a final newline; map keys are sorted (a
 * map's order means nothing), while a tree's fields keep the order they were added in (the reports'
 * documented field order). The mapper stays private and is never reconfigured; only its immutable
 * readers and writers are used, so the configuration cannot drift between callers.
 */
public final class Json {
  private static final String LF = "\n";

  private Json() {}

  /**
   * Builds the mapper now unless it is built already: a compile has it built on a thread of its own
   * while the input is checked (which needs none), instead of its first generator waiting ~50 ms
   * for it.
   */
  public static void prepare() {
    Mapper.MAPPER.getClass();
  }

  /** Built on first use: reading a tree (the schema, on every validate) needs no mapper. */
  private static final class Mapper {
    static final ObjectMapper MAPPER =
        JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    static final ObjectReader MAP_READER =
        MAPPER.readerFor(new TypeReference<Map<String, Object>>() {});
    static final ObjectWriter COMPACT = MAPPER.writer();
    static final ObjectWriter FILE = MAPPER.writer(fileLayout());
    static final ObjectWriter REPORT = MAPPER.writer(reportLayout());
  }

  /**
   * A file the runtime reads (SPEC §2.3): 2-space indent, {@code "key": value}, one array element
   * per line, {@code {}} and {@code []} when empty. Values are trees or plain Java: maps, lists,
   * strings, numbers, booleans, null.
   */
  public static String pretty(Object value) {
    return write(Mapper.FILE, value) + LF;
  }

  /**
   * A report read by tools ({@code --format json|sarif}, {@code diff --format json}): Jackson's
   * stock layout ({@code "key" : value}, short arrays on one line), kept because the published
   * bytes are pinned; only the line end is fixed to LF, where the stock layout takes the
   * platform's.
   */
  public static String report(JsonNode tree) {
    return write(Mapper.REPORT, tree) + LF;
  }

  /** Compact UTF-8 JSON, no whitespace and no final newline: the bytes a checksum hashes. */
  public static byte[] compact(JsonNode tree) {
    return write(Mapper.COMPACT, tree).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A Jackson-annotated object (a fabric8 model object) as a tree whose objects have their fields
   * sorted by name and no field whose value is null (array items are kept): what the YAML writer
   * and the config checksum start from. Built from the serializer's tokens in one pass ({@link
   * SortedTree}), not as a tree that is then copied sorted.
   */
  public static JsonNode sortedTree(Object value) {
    try {
      return SortedTree.of(Mapper.MAPPER, value);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON value: " + e.getMessage(), e);
    }
  }

  /** An empty tree object to build a report in. */
  public static ObjectNode object() {
    return Mapper.MAPPER.createObjectNode();
  }

  /** Parses a JSON document (the schema) into the tree ObjectMapper.readTree would give. */
  public static JsonNode read(InputStream in) throws IOException {
    return TreeReader.read(in);
  }

  /** Parses a JSON object into plain Java maps, lists and scalars (a runtime template). */
  public static Map<String, Object> readObject(InputStream in) throws IOException {
    return Mapper.MAP_READER.readValue(in);
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON value: " + e.getOriginalMessage(), e);
    }
  }

  private static DefaultPrettyPrinter fileLayout() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", LF);
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static DefaultPrettyPrinter reportLayout() {
    return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", LF));
  }
}
