package io.aigonix.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What import tells the user besides the file (SPEC §7), never with values: objects aigonix does
 * not manage, drift folded into the file, what is not carried over, and the secrets still to seal.
 */
record ImportReport(
    List<String> unmanaged, List<String> drift, List<String> notCarriedOver, List<String> toSeal) {
  ImportReport {
    unmanaged = List.copyOf(unmanaged);
    drift = List.copyOf(drift);
    notCarriedOver = List.copyOf(notCarriedOver);
    toSeal = List.copyOf(toSeal);
  }

  String text() {
    StringBuilder b = new StringBuilder();
    section(b, "unmanaged objects (left alone)", unmanaged);
    section(b, "drift folded into aigonix.yaml", drift);
    section(b, "not carried over", notCarriedOver);
    section(b, "secrets to seal (run each, value on stdin)", toSeal);
    return b.toString();
  }

  private static void section(StringBuilder b, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    b.append(title).append(":\n");
    lines.forEach(l -> b.append("  ").append(l).append('\n'));
  }

  ObjectNode json() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    array(o.putArray("unmanaged"), unmanaged);
    array(o.putArray("drift"), drift);
    array(o.putArray("notCarriedOver"), notCarriedOver);
    array(o.putArray("toSeal"), toSeal);
    return o;
  }

  private static void array(ArrayNode a, List<String> lines) {
    lines.forEach(a::add);
  }
}
