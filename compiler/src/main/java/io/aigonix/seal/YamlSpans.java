package io.aigonix.seal;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Where each node of a YAML text starts and ends, as char offsets, with its style: what a text edit
 * needs and {@link io.aigonix.source.Locations} (start line/column only) does not give. Pointers are
 * the same JSON pointers the reader uses, so a node found in the tree is found here too. Only used on
 * files {@link io.aigonix.source.YamlReader} has already accepted (one document, plain keys).
 */
final class YamlSpans {
  enum Kind { SCALAR, MAPPING, SEQUENCE, ALIAS }

  /** A node: [start, end) in chars; for mapping members also the key's span and column. */
  static final class Node {
    final String pointer;
    final Kind kind;
    final boolean flow;
    final DumperOptions.ScalarStyle scalarStyle;
    final String scalarValue;
    final int start;
    int end;
    int keyStart = -1;
    int keyEnd = -1;
    int keyColumn = -1;
    final List<Node> children = new ArrayList<>();

    Node(String pointer, Kind kind, boolean flow, DumperOptions.ScalarStyle style, String value, int start) {
      this.pointer = pointer;
      this.kind = kind;
      this.flow = flow;
      this.scalarStyle = style;
      this.scalarValue = value;
      this.start = start;
    }

    /** A plain empty scalar: YAML null written as nothing ({@code key:}). */
    boolean isEmptyNull() {
      return kind == Kind.SCALAR && scalarStyle == DumperOptions.ScalarStyle.PLAIN && scalarValue.isEmpty();
    }
  }

  private final Map<String, Node> nodes = new HashMap<>();
  private final int[] charOffset;
  private Node root;

  private YamlSpans(String text) {
    int count = text.codePointCount(0, text.length());
    charOffset = new int[count + 1];
    int c = 0;
    for (int i = 0; i < count; i++) {
      charOffset[i] = c;
      c += Character.charCount(text.codePointAt(c));
    }
    charOffset[count] = c;
  }

  static YamlSpans of(String text) {
    YamlSpans spans = new YamlSpans(text);
    spans.walk(new Yaml(new LoaderOptions()).parse(new StringReader(text)));
    return spans;
  }

  Node root() {
    return root;
  }

  Node get(String pointer) {
    return nodes.get(pointer);
  }

  private int at(Mark mark) {
    return charOffset[Math.min(mark.getIndex(), charOffset.length - 1)];
  }

  private static final class Frame {
    final Node node;
    String pendingKey;
    int keyStart;
    int keyEnd;
    int keyColumn;

    Frame(Node node) {
      this.node = node;
    }
  }

  private void walk(Iterable<Event> events) {
    Deque<Frame> stack = new ArrayDeque<>();
    for (Event event : events) {
      Frame top = stack.peek();
      boolean keyPosition = top != null && top.node.kind == Kind.MAPPING && top.pendingKey == null;
      if (event instanceof ScalarEvent s && keyPosition) {
        top.pendingKey = s.getValue();
        top.keyStart = at(s.getStartMark());
        top.keyEnd = at(s.getEndMark());
        top.keyColumn = s.getStartMark().getColumn();
      } else if (event instanceof ScalarEvent s) {
        Node n = new Node(childPointer(top), Kind.SCALAR, false, s.getScalarStyle(), s.getValue(), at(s.getStartMark()));
        n.end = at(s.getEndMark());
        attach(stack, n);
      } else if (event instanceof AliasEvent a) {
        Node n = new Node(childPointer(top), Kind.ALIAS, false, null, null, at(a.getStartMark()));
        n.end = at(a.getEndMark());
        attach(stack, n);
      } else if (event instanceof CollectionStartEvent c) {
        Kind kind = c instanceof MappingStartEvent ? Kind.MAPPING : Kind.SEQUENCE;
        Node n = new Node(childPointer(top), kind, c.isFlow(), null, null, at(c.getStartMark()));
        stack.push(new Frame(n));
      } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
        Frame done = stack.pop();
        done.node.end = at(event.getEndMark());
        attach(stack, done.node);
      }
    }
  }

  private String childPointer(Frame parent) {
    if (parent == null) {
      return "";
    }
    if (parent.node.kind == Kind.MAPPING) {
      return parent.node.pointer + "/" + parent.pendingKey.replace("~", "~0").replace("/", "~1");
    }
    return parent.node.pointer + "/" + parent.node.children.size();
  }

  private void attach(Deque<Frame> stack, Node n) {
    Frame parent = stack.peek();
    if (parent == null) {
      root = n;
    } else {
      if (parent.node.kind == Kind.MAPPING) {
        n.keyStart = parent.keyStart;
        n.keyEnd = parent.keyEnd;
        n.keyColumn = parent.keyColumn;
        parent.pendingKey = null;
      }
      parent.node.children.add(n);
    }
    nodes.putIfAbsent(n.pointer, n);
  }
}
