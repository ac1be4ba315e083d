package io.aigonix.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.CharTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON document into the tree {@code ObjectMapper.readTree} gives with its default settings
 * (ints as int, long or big-integer nodes, other numbers as doubles, a repeated key's last value,
 * no document as the missing node), straight from jackson-core's parser: a validate reads the
 * schema first thing, and building an ObjectMapper's deserializers for that costs a cold start more
 * than the parse (issue 15).
 */
final class TreeReader {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeReader() {}

  static JsonNode read(InputStream in) throws IOException {
    try (JsonParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      return first == null ? MissingNode.getInstance() : value(parser, first);
    }
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
          object.set(key, value(parser, parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (JsonToken next = parser.nextToken();
            next != JsonToken.END_ARRAY;
            next = parser.nextToken()) {
          array.add(value(parser, next));
        }
        return array;
      case VALUE_STRING:
        return new Text(parser.getText());
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IOException("unexpected JSON token " + token);
    }
  }

  /**
   * A text node whose {@code toString()} is Jackson's (the JSON string, quoted and escaped as its
   * generator writes it) without Jackson's mapper, which the inherited one builds on first use:
   * networknt prints every enum value of the schema so while compiling it, and that mapper's first
   * use (its date format enumerates the JDK's locales) cost a fifth of a validate's start-up.
   */
  static final class Text extends TextNode {
    private static final long serialVersionUID = 1L;

    Text(String value) {
      super(value);
    }

    @Override
    public String toString() {
      StringBuilder quoted = new StringBuilder(textValue().length() + 2).append('"');
      CharTypes.appendQuoted(quoted, textValue());
      return quoted.append('"').toString();
    }
  }
}
