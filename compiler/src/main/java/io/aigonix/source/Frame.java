package io.aigonix.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;

/** A mapping or sequence that {@link TreeBuilder} has opened and not yet closed. */
abstract class Frame {
  /** The collection's pointer; null when no locations are recorded. */
  final JsonNode node;

  final String pointer;
  final Mark start;
  final String anchor;
  final boolean flow;

  /** The pointers of the members written so far; null when no locations are recorded. */
  final List<String> children;

  Frame(JsonNode node, String pointer, CollectionStartEvent event, boolean located) {
    this.node = node;
    this.pointer = pointer;
    this.start = event.getStartMark();
    this.anchor = event.getAnchor();
    this.flow = event.isFlow();
    this.children = located ? new ArrayList<>() : null;
  }

  static final class Mapping extends Frame {
    final ObjectNode object;

    /** Where each key was first written (a Mark, as a Location would cost one object per key). */
    final Map<String, Mark> keyMarks = new HashMap<>();

    final List<JsonNode> merges = new ArrayList<>();
    String pendingKey;
    boolean pendingMerge;
    Mark pendingKeyStart;
    Mark pendingKeyEnd;

    Mapping(ObjectNode object, String pointer, CollectionStartEvent event, boolean located) {
      super(object, pointer, event, located);
      this.object = object;
    }

    /** Takes the value of the pending key (the last one wins on a duplicate, which is reported). */
    void accept(JsonNode value) {
      if (pendingMerge) {
        merges.add(value);
      } else if (!object.has(pendingKey) || keyMarks.get(pendingKey) != null) {
        object.set(pendingKey, value);
      }
      pendingKey = null;
      pendingMerge = false;
    }

    /** Merge keys add the members of the merged mappings that the mapping does not set itself. */
    void applyMerges() {
      for (JsonNode merged : merges) {
        List<JsonNode> sources = new ArrayList<>();
        if (merged.isArray()) {
          merged.forEach(sources::add);
        } else {
          sources.add(merged);
        }
        for (JsonNode source : sources) {
          source
              .fields()
              .forEachRemaining(
                  e -> {
                    if (!object.has(e.getKey())) {
                      object.set(e.getKey(), e.getValue());
                    }
                  });
        }
      }
    }
  }

  static final class Sequence extends Frame {
    final ArrayNode array;

    Sequence(ArrayNode array, String pointer, CollectionStartEvent event, boolean located) {
      super(array, pointer, event, located);
      this.array = array;
    }
  }
}
