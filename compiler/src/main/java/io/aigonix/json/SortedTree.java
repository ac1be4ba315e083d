package io.aigonix.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Arrays;

/**
 * The tree of a serialized value with every object's fields sorted by name and the fields whose
 * value is null left out (array items are kept, null or not), built in one pass over the
 * serializer's tokens. It is the tree {@code valueToTree} would give, then copied sorted without
 * the nulls, without that first tree and the copy (most of the tree work of a big compile). Scalars
 * become the nodes {@code valueToTree} makes: strings, booleans, nulls and int or long numbers
 * here, anything rarer (floats, big numbers, binary, embedded objects) by the mapper's own tree
 * reader. Of a field written twice the last value counts, as in {@code valueToTree}.
 */
final class SortedTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SortedTree() {}

  static JsonNode of(ObjectMapper mapper, Object value) throws IOException {
    TokenBuffer tokens = new TokenBuffer(mapper, false);
    mapper.writeValue(tokens, value);
    try (JsonParser p = tokens.asParser()) {
      if (p.nextToken() == null) {
        return NODES.missingNode();
      }
      return node(mapper, p);
    }
  }

  /** The node of the value at the parser's current token, which it leaves on the value's last. */
  private static JsonNode node(ObjectMapper mapper, JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT:
        return object(mapper, p);
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(node(mapper, p));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      case VALUE_NUMBER_INT:
        JsonParser.NumberType type = p.getNumberType();
        if (type == JsonParser.NumberType.INT) {
          return NODES.numberNode(p.getIntValue());
        }
        if (type == JsonParser.NumberType.LONG) {
          return NODES.numberNode(p.getLongValue());
        }
        return mapper.readTree(p);
      default:
        JsonNode rare = mapper.readTree(p);
        return rare.isContainerNode() ? of(mapper, rare) : rare;
    }
  }

  private static ObjectNode object(ObjectMapper mapper, JsonParser p) throws IOException {
    String[] names = new String[8];
    JsonNode[] values = new JsonNode[8];
    int size = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      JsonNode value = node(mapper, p);
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      // insertion sort, stable: a name written twice keeps its arrival order among equals
      int at = size++;
      while (at > 0 && names[at - 1].compareTo(name) > 0) {
        names[at] = names[at - 1];
        values[at] = values[at - 1];
        at--;
      }
      names[at] = name;
      values[at] = value;
    }
    ObjectNode object = NODES.objectNode();
    for (int i = 0; i < size; i++) {
      boolean last = i + 1 == size || !names[i + 1].equals(names[i]);
      if (last && !values[i].isNull()) {
        object.set(names[i], values[i]);
      }
    }
    return object;
  }
}
