package io.aigonix.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Gives a YAML scalar its JSON type, by SnakeYAML's resolver: quoted scalars are always strings. */
final class ScalarResolver {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Resolver resolver = new Resolver();

  JsonNode resolve(ScalarEvent event) {
    String value = event.getValue();
    Tag tag = tagOf(event);
    try {
      if (Tag.NULL.equals(tag)) {
        return NODES.nullNode();
      } else if (Tag.BOOL.equals(tag)) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return NODES.booleanNode(v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
      } else if (Tag.INT.equals(tag)) {
        return integer(value);
      } else if (Tag.FLOAT.equals(tag)) {
        return NODES.numberNode(new BigDecimal(value.replace("_", "")));
      }
    } catch (NumberFormatException e) {
      return NODES.textNode(value);
    }
    return NODES.textNode(value);
  }

  private Tag tagOf(ScalarEvent event) {
    String explicit = event.getTag();
    if (explicit != null && !explicit.equals("!")) {
      return new Tag(explicit);
    }
    if (!event.getImplicit().canOmitTagInPlainScalar()) {
      return Tag.STR;
    }
    return resolver.resolve(NodeId.scalar, event.getValue(), true);
  }

  private static JsonNode integer(String text) {
    String v = text.replace("_", "");
    int sign = 1;
    if (v.startsWith("-") || v.startsWith("+")) {
      sign = v.startsWith("-") ? -1 : 1;
      v = v.substring(1);
    }
    BigInteger n;
    if (v.startsWith("0x")) {
      n = new BigInteger(v.substring(2), 16);
    } else if (v.startsWith("0o")) {
      n = new BigInteger(v.substring(2), 8);
    } else if (v.startsWith("0b")) {
      n = new BigInteger(v.substring(2), 2);
    } else if (v.length() > 1 && v.startsWith("0") && !v.contains(":")) {
      n = new BigInteger(v, 8);
    } else {
      n = new BigInteger(v);
    }
    n = sign < 0 ? n.negate() : n;
    return n.bitLength() < 32 ? NODES.numberNode(n.intValue())
        : n.bitLength() < 64 ? NODES.numberNode(n.longValue()) : NODES.numberNode(n);
  }
}
