package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A container's resources in aigonix.yaml's words: left out when they are the defaults of SPEC
 * §2.2.
 */
final class Resources {
  private Resources() {}

  static JsonNode unlessDefault(JsonNode resources, boolean production) {
    String[][] defaults = {
      {"requests", "cpu", production ? "50m" : "25m"}, {"requests", "memory", "256Mi"},
      {"limits", "cpu", "2000m"}, {"limits", "memory", "1Gi"}
    };
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (String[] d : defaults) {
      JsonNode value = resources.path(d[0]).path(d[1]);
      if (value.isMissingNode() || value.isNull()) {
        continue;
      }
      String given = d[1].equals("cpu") ? Quantities.cpu(value.asText()) : value.asText();
      boolean same = d[1].equals("cpu") ? given.equals(d[2]) : Quantities.sameMemory(given, d[2]);
      if (!same) {
        ObjectNode section = out.has(d[0]) ? (ObjectNode) out.get(d[0]) : out.putObject(d[0]);
        section.put(d[1], given);
      }
    }
    return out.isEmpty() ? null : out;
  }
}
