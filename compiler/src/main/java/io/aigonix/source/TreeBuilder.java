package io.aigonix.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.diag.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * Builds a Jackson tree from SnakeYAML events, without recursion, so depth and size stay bounded
 * whatever the input. Aliases are expanded by copying the anchored subtree, counted against the node
 * budget; merge keys ({@code <<}) are honoured with explicit keys taking precedence.
 */
final class TreeBuilder {
  /** Thrown to abandon the document at a limit; carries the diagnostic. */
  static final class Stop extends RuntimeException {
    private final transient Diagnostic diagnostic;

    Stop(Diagnostic diagnostic) {
      super(diagnostic.message(), null, false, false);
      this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
      return diagnostic;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SourceLimits limits;
  private final String file;
  private final Locations locations = new Locations();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, JsonNode> anchors = new HashMap<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final ScalarResolver scalars = new ScalarResolver();
  private JsonNode root;
  private int documents;
  private long nodes;

  TreeBuilder(SourceLimits limits, String file) {
    this.limits = limits;
    this.file = file;
  }

  JsonNode root() {
    return root;
  }

  Locations locations() {
    return locations;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  void consume(Iterable<Event> events) {
    for (Event event : events) {
      if (event instanceof DocumentStartEvent) {
        if (++documents > 1) {
          throw stop(Code.YAML_SYNTAX, event.getStartMark(), "the file holds more than one YAML document",
              "aigonix.yaml is a single document; remove the '---' separator");
        }
      } else if (event instanceof ScalarEvent scalar) {
        scalars.problem(scalar).ifPresent(why -> reject(scalar.getStartMark(), why));
        if (isKeyPosition()) {
          acceptKey(scalar.getValue(), scalar.getStartMark(), scalar.isPlain() && "<<".equals(scalar.getValue()));
        } else {
          JsonNode value = scalars.resolve(scalar);
          count(1, scalar.getStartMark());
          remember(scalar.getAnchor(), value);
          acceptValue(value, location(scalar.getStartMark()), false);
        }
      } else if (event instanceof AliasEvent alias) {
        acceptAlias(alias);
      } else if (event instanceof CollectionStartEvent start) {
        open(start);
      } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
        close();
      }
    }
  }

  private boolean isKeyPosition() {
    return !stack.isEmpty() && stack.peek() instanceof MappingFrame m && m.pendingKey == null;
  }

  private void open(CollectionStartEvent start) {
    if (isKeyPosition()) {
      throw stop(Code.YAML_SYNTAX, start.getStartMark(), "a mapping key must be a plain value",
          "keys like '? [a, b]' are not supported");
    }
    if (stack.size() >= limits.maxDepth()) {
      throw stop(Code.NESTING_TOO_DEEP, start.getStartMark(),
          "the document nests deeper than " + limits.maxDepth() + " levels", "flatten the structure");
    }
    ScalarResolver.collectionProblem(start.getTag()).ifPresent(why -> reject(start.getStartMark(), why));
    count(1, start.getStartMark());
    String pointer = childPointer();
    Location at = location(start.getStartMark());
    if (start instanceof MappingStartEvent) {
      stack.push(new MappingFrame(NODES.objectNode(), pointer, at, start.getAnchor()));
    } else if (start instanceof SequenceStartEvent) {
      stack.push(new SequenceFrame(NODES.arrayNode(), pointer, at, start.getAnchor()));
    }
  }

  private void close() {
    Frame done = stack.pop();
    if (done instanceof MappingFrame m) {
      m.applyMerges();
    }
    remember(done.anchor, done.node());
    locations.putValue(done.pointer, done.at);
    acceptValue(done.node(), done.at, true);
  }

  private void acceptAlias(AliasEvent alias) {
    JsonNode target = anchors.get(alias.getAnchor());
    if (target == null) {
      throw stop(Code.YAML_SYNTAX, alias.getStartMark(), "unknown alias '*" + alias.getAnchor() + "'",
          "define the anchor '&" + alias.getAnchor() + "' before using it");
    }
    if (isKeyPosition()) {
      if (!target.isValueNode()) {
        throw stop(Code.YAML_SYNTAX, alias.getStartMark(), "a mapping key must be a plain value", "");
      }
      acceptKey(target.asText(), alias.getStartMark(), false);
      return;
    }
    count(sizeOf(target), alias.getStartMark());
    acceptValue(target.deepCopy(), location(alias.getStartMark()), false);
  }

  private void acceptKey(String key, Mark mark, boolean merge) {
    MappingFrame frame = (MappingFrame) stack.peek();
    Location at = location(mark);
    if (merge) {
      frame.pendingKey = "<<";
      frame.pendingMerge = true;
      return;
    }
    String pointer = Pointers.child(frame.pointer, key);
    Location first = frame.keyLocations.get(key);
    if (first != null) {
      diagnostics.add(new Diagnostic(Code.DUPLICATE_KEY, Severity.ERROR,
          "duplicate key '" + key + "' (first at line " + first.line() + ")", file, at.line(), at.column(),
          pointer, "each key may appear once in a mapping; remove or merge the second one"));
    } else {
      frame.keyLocations.put(key, at);
      locations.putKey(pointer, at);
    }
    frame.pendingKey = key;
  }

  /** Attaches a finished value to the parent, or makes it the root. */
  private void acceptValue(JsonNode value, Location at, boolean located) {
    Frame parent = stack.peek();
    if (parent == null) {
      root = value;
      locations.putValue("", at);
      return;
    }
    String pointer = childPointer();
    if (!located) {
      locations.putValue(pointer, at);
    }
    if (parent instanceof MappingFrame m) {
      if (m.pendingMerge) {
        m.merges.add(value);
      } else if (!m.object.has(m.pendingKey) || m.keyLocations.get(m.pendingKey) != null) {
        m.object.set(m.pendingKey, value);
      }
      m.pendingKey = null;
      m.pendingMerge = false;
    } else {
      ((SequenceFrame) parent).array.add(value);
    }
  }

  /** The pointer the next value will have in the open collection. */
  private String childPointer() {
    Frame parent = stack.peek();
    if (parent == null) {
      return "";
    }
    if (parent instanceof MappingFrame m) {
      return Pointers.child(m.pointer, m.pendingKey);
    }
    return Pointers.child(parent.pointer, ((SequenceFrame) parent).array.size());
  }

  private void remember(String anchor, JsonNode node) {
    if (anchor != null) {
      anchors.put(anchor, node);
    }
  }

  private void count(long added, Mark mark) {
    nodes += added;
    if (nodes > limits.maxNodes()) {
      throw stop(Code.ALIAS_LIMIT, mark, "the document expands to more than " + limits.maxNodes()
          + " nodes (aliases included)", "anchors and aliases are allowed, but not to multiply content");
    }
  }

  private static long sizeOf(JsonNode node) {
    long size = 1;
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(node);
    while (!todo.isEmpty()) {
      JsonNode n = todo.pop();
      for (JsonNode child : n) {
        size++;
        todo.push(child);
      }
    }
    return size;
  }

  /** A value JSON cannot hold: reported, and reading goes on so every such value is found. */
  private void reject(Mark mark, String message) {
    Location at = location(mark);
    diagnostics.add(new Diagnostic(Code.UNSUPPORTED_YAML, Severity.ERROR, message, file, at.line(), at.column(),
        stack.isEmpty() ? "" : isKeyPosition() ? stack.peek().pointer : childPointer(), "write the value as plain YAML that JSON can hold (a string, number,"
            + " boolean or null); for binary config files use 'file:'"));
  }

  private Stop stop(Code code, Mark mark, String message, String hint) {
    Location at = location(mark);
    return new Stop(new Diagnostic(code, Severity.ERROR, message, file, at.line(), at.column(), "", hint));
  }

  private static Location location(Mark mark) {
    return mark == null ? Location.START : new Location(mark.getLine() + 1, mark.getColumn() + 1);
  }

  private abstract static class Frame {
    final String pointer;
    final Location at;
    final String anchor;

    Frame(String pointer, Location at, String anchor) {
      this.pointer = pointer;
      this.at = at;
      this.anchor = anchor;
    }

    abstract JsonNode node();
  }

  private static final class MappingFrame extends Frame {
    final ObjectNode object;
    final Map<String, Location> keyLocations = new HashMap<>();
    final List<JsonNode> merges = new ArrayList<>();
    String pendingKey;
    boolean pendingMerge;

    MappingFrame(ObjectNode object, String pointer, Location at, String anchor) {
      super(pointer, at, anchor);
      this.object = object;
    }

    @Override
    JsonNode node() {
      return object;
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
          source.fields().forEachRemaining(e -> {
            if (!object.has(e.getKey())) {
              object.set(e.getKey(), e.getValue());
            }
          });
        }
      }
    }
  }

  private static final class SequenceFrame extends Frame {
    final ArrayNode array;

    SequenceFrame(ArrayNode array, String pointer, Location at, String anchor) {
      super(pointer, at, anchor);
      this.array = array;
    }

    @Override
    JsonNode node() {
      return array;
    }
  }
}
