package io.aigonix.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.diag.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Builds Jackson trees from SnakeYAML events, without recursion, so depth and size stay bounded
 * whatever the input. Aliases are expanded by copying the anchored subtree, counted against the
 * node budget; merge keys ({@code <<}) are honoured with explicit keys taking precedence. Unless it
 * builds trees only, it records the {@link Span} of every node written.
 */
final class TreeBuilder {
  /** Thrown to abandon the input at a limit; carries the diagnostic. */
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

  /** A finished document; {@code locations} is null when trees only are built. */
  record Document(JsonNode root, Locations locations) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SourceLimits limits;
  private final String file;
  private final boolean stream;
  private final CharOffsets offsets;
  private final List<Document> documents = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, JsonNode> anchors = new HashMap<>();

  /** The current document's keys an alias wrote: never repeated in a message or a pointer. */
  private Set<String> aliasKeys = new HashSet<>();

  private final Deque<Frame> stack = new ArrayDeque<>();
  private final ScalarResolver scalars;
  private Locations locations;
  private JsonNode root;
  private int started;
  private boolean inDocument;
  private long nodes;
  private long aliasNodes;
  private boolean sawReference;

  /**
   * @param stream whether the input may hold several documents (a dump) or must hold one
   *     (aigonix.yaml)
   * @param offsets how to place spans in the text, or null to build trees only
   */
  TreeBuilder(
      SourceLimits limits,
      String file,
      ScalarResolver scalars,
      boolean stream,
      CharOffsets offsets) {
    this.limits = limits;
    this.file = file;
    this.scalars = scalars;
    this.stream = stream;
    this.offsets = offsets;
  }

  /** The finished documents; in a stream those holding nothing (or only null) are left out. */
  List<Document> documents() {
    return documents;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  String file() {
    return file;
  }

  SourceLimits limits() {
    return limits;
  }

  /** The nodes counted against {@link SourceLimits#maxNodes()}. */
  long nodes() {
    return nodes;
  }

  /** Whether any anchor, alias or explicit tag was read (their meaning is the whole document's). */
  boolean sawReference() {
    return sawReference;
  }

  /** What a message about the current document starts with: in a stream, its number. */
  String prefix() {
    return stream ? "document " + (inDocument ? started : started + 1) + ": " : "";
  }

  void consume(Iterator<Event> events) {
    while (events.hasNext()) {
      Event event = events.next();
      if (event instanceof DocumentStartEvent) {
        startDocument(event.getStartMark());
      } else if (event instanceof DocumentEndEvent) {
        if (!stream || root != null && !root.isNull()) {
          documents.add(new Document(root, locations));
        }
        inDocument = false;
      } else if (event instanceof ScalarEvent scalar) {
        sawReference |= scalar.getAnchor() != null || scalar.getTag() != null;
        Optional<String> problem = scalars.problem(scalar);
        if (problem.isPresent()) {
          reject(scalar.getStartMark(), problem.get());
        }
        if (isKeyPosition()) {
          acceptKey(
              scalars.key(scalar.getValue()),
              scalar.getStartMark(),
              scalar.getEndMark(),
              scalar.isPlain() && "<<".equals(scalar.getValue()),
              false);
        } else {
          JsonNode value = scalars.resolve(scalar);
          count(1, false, scalar.getStartMark());
          remember(scalar.getAnchor(), value);
          attach(
              value,
              childPointer(),
              Span.Kind.SCALAR,
              style(scalar),
              scalar.getStartMark(),
              scalar.getEndMark(),
              List.of());
        }
      } else if (event instanceof AliasEvent alias) {
        sawReference = true;
        acceptAlias(alias);
      } else if (event instanceof CollectionStartEvent start) {
        sawReference |= start.getAnchor() != null || start.getTag() != null;
        open(start);
      } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
        close(event.getEndMark());
      }
    }
  }

  private void startDocument(Mark mark) {
    if (++started > 1 && !stream) {
      throw stop(
          Code.YAML_SYNTAX,
          mark,
          "the file holds more than one YAML document",
          "aigonix.yaml is a single document; remove the '---' separator");
    }
    inDocument = true;
    root = null;
    anchors.clear(); // an anchor belongs to its document
    aliasKeys = new HashSet<>();
    locations = offsets == null ? null : new Locations(aliasKeys);
  }

  private boolean isKeyPosition() {
    return !stack.isEmpty() && stack.peek() instanceof Frame.Mapping m && m.pendingKey == null;
  }

  private void open(CollectionStartEvent start) {
    if (isKeyPosition()) {
      throw stop(
          Code.YAML_SYNTAX,
          start.getStartMark(),
          "a mapping key must be a plain value",
          "keys like '? [a, b]' are not supported");
    }
    if (stack.size() >= limits.maxDepth()) {
      throw stop(
          Code.NESTING_TOO_DEEP,
          start.getStartMark(),
          "the document nests deeper than " + limits.maxDepth() + " levels",
          "flatten the structure");
    }
    Optional<String> problem = ScalarResolver.collectionProblem(start.getTag());
    if (problem.isPresent()) {
      reject(start.getStartMark(), problem.get());
    }
    count(1, false, start.getStartMark());
    String pointer = childPointer();
    stack.push(
        start instanceof MappingStartEvent
            ? new Frame.Mapping(NODES.objectNode(), pointer, start, locations != null)
            : new Frame.Sequence(NODES.arrayNode(), pointer, start, locations != null));
  }

  private void close(Mark end) {
    Frame done = stack.pop();
    if (done instanceof Frame.Mapping m) {
      m.applyMerges();
    }
    remember(done.anchor, done.node);
    Span.Kind kind = done instanceof Frame.Mapping ? Span.Kind.MAPPING : Span.Kind.SEQUENCE;
    attach(
        done.node,
        done.pointer,
        kind,
        done.flow ? Span.Style.FLOW : Span.Style.BLOCK,
        done.start,
        end,
        done.children);
  }

  private void acceptAlias(AliasEvent alias) {
    JsonNode target = anchors.get(alias.getAnchor());
    if (target == null) {
      throw stop(
          Code.YAML_SYNTAX,
          alias.getStartMark(),
          // the name is not repeated: an anchor's name is any text, a secret too
          "unknown alias: no anchor of that name comes before it in this document",
          "an alias (*name) repeats what an anchor (&name) defined earlier in the same document");
    }
    if (isKeyPosition()) {
      if (!target.isValueNode()) {
        throw stop(
            Code.YAML_SYNTAX, alias.getStartMark(), "a mapping key must be a plain value", "");
      }
      // the key's text is the anchored value's, maybe one written where a secret goes
      aliasKeys.add(target.asText());
      acceptKey(target.asText(), alias.getStartMark(), alias.getEndMark(), false, true);
      return;
    }
    count(sizeOf(target), true, alias.getStartMark());
    attach(
        target.deepCopy(),
        childPointer(),
        Span.Kind.ALIAS,
        Span.Style.PLAIN,
        alias.getStartMark(),
        alias.getEndMark(),
        List.of());
  }

  /**
   * @param aliased whether an alias wrote the key: its text is then not repeated
   */
  private void acceptKey(String key, Mark start, Mark end, boolean merge, boolean aliased) {
    Frame.Mapping frame = (Frame.Mapping) stack.peek();
    frame.pendingKeyStart = start;
    frame.pendingKeyEnd = end;
    if (merge) {
      frame.pendingKey = "<<";
      frame.pendingMerge = true;
      return;
    }
    Mark first = frame.keyMarks.putIfAbsent(key, start);
    if (first != null) {
      Location at = location(start);
      String pointer = frame.pointer == null ? "" : Pointers.child(frame.pointer, key);
      diagnostics.add(
          new Diagnostic(
              Code.DUPLICATE_KEY,
              Severity.ERROR,
              prefix()
                  + "duplicate key '"
                  + (aliased ? Locations.HIDDEN_KEY : key)
                  + "' (first at line "
                  + location(first).line()
                  + ")",
              file,
              at.line(),
              at.column(),
              shown(pointer),
              "each key may appear once in a mapping; remove or merge the second one"));
    }
    frame.pendingKey = key;
  }

  /**
   * Records where a finished value is written, then attaches it to the parent or makes it the root.
   */
  private void attach(
      JsonNode value,
      String pointer,
      Span.Kind kind,
      Span.Style style,
      Mark start,
      Mark end,
      List<String> children) {
    Frame parent = stack.peek();
    if (locations != null) {
      Frame.Mapping member = parent instanceof Frame.Mapping m ? m : null;
      Span span =
          new Span(
              kind,
              style,
              location(start),
              offsets.of(start),
              offsets.of(end),
              member == null ? null : location(member.pendingKeyStart),
              member == null ? -1 : offsets.of(member.pendingKeyStart),
              member == null ? -1 : offsets.of(member.pendingKeyEnd),
              children);
      if (locations.put(pointer, span) && parent != null) {
        parent.children.add(pointer);
      }
    }
    if (parent == null) {
      root = value;
    } else if (parent instanceof Frame.Mapping m) {
      m.accept(value);
    } else {
      ((Frame.Sequence) parent).array.add(value);
    }
  }

  /**
   * The pointer the next value will have in the open collection; null when no locations are
   * recorded.
   */
  private String childPointer() {
    Frame parent = stack.peek();
    if (locations == null) {
      return null;
    }
    if (parent == null) {
      return "";
    }
    if (parent instanceof Frame.Mapping m) {
      return Pointers.child(m.pointer, m.pendingKey);
    }
    return Pointers.child(parent.pointer, ((Frame.Sequence) parent).array.size());
  }

  private void remember(String anchor, JsonNode node) {
    if (anchor != null) {
      anchors.put(anchor, node);
    }
  }

  /** Counts nodes against the budget; {@code copied} nodes come from an alias. */
  private void count(long added, boolean copied, Mark mark) {
    nodes += added;
    String hint = "anchors and aliases are allowed, but not to multiply content";
    if (nodes > limits.maxNodes()) {
      throw stop(
          Code.ALIAS_LIMIT,
          mark,
          "the document expands to more than " + limits.maxNodes() + " nodes (aliases included)",
          hint);
    }
    if (copied && (aliasNodes += added) > limits.maxAliasNodes()) {
      throw stop(
          Code.ALIAS_LIMIT,
          mark,
          "aliases expand to more than " + limits.maxAliasNodes() + " nodes",
          hint);
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

  private static Span.Style style(ScalarEvent scalar) {
    return switch (scalar.getScalarStyle()) {
      case SINGLE_QUOTED -> Span.Style.SINGLE_QUOTED;
      case DOUBLE_QUOTED -> Span.Style.DOUBLE_QUOTED;
      case LITERAL -> Span.Style.LITERAL;
      case FOLDED -> Span.Style.FOLDED;
      default -> Span.Style.PLAIN;
    };
  }

  /** A value JSON cannot hold: reported, and reading goes on so every such value is found. */
  private void reject(Mark mark, String message) {
    Location at = location(mark);
    diagnostics.add(
        new Diagnostic(
            Code.UNSUPPORTED_YAML,
            Severity.ERROR,
            message,
            file,
            at.line(),
            at.column(),
            stack.isEmpty() ? "" : shown(isKeyPosition() ? stack.peek().pointer : childPointer()),
            "write the value as plain YAML that JSON can hold (a string, number,"
                + " boolean or null); for binary config files use 'file:'"));
  }

  /**
   * A pointer as a diagnostic carries it: no key an alias wrote ({@link Locations#shownPointer}).
   */
  private String shown(String pointer) {
    return pointer == null ? null : Pointers.withoutKeys(pointer, aliasKeys, Locations.HIDDEN_KEY);
  }

  private Stop stop(Code code, Mark mark, String message, String hint) {
    Location at = location(mark);
    return new Stop(
        new Diagnostic(
            code, Severity.ERROR, prefix() + message, file, at.line(), at.column(), "", hint));
  }

  static Location location(Mark mark) {
    return mark == null ? Location.START : new Location(mark.getLine() + 1, mark.getColumn() + 1);
  }
}
