package io.aigonix.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Where every scalar of a text is, line by line, from its first to its last character (anchor and
 * tag included), and whether it is a key or a value at which JSON pointer. Quoting a source line
 * safely needs the whole extent of each value, which the tree's start locations do not give.
 * Duplicate keys get the pointer of the first one; text after a syntax error is not covered ({@link
 * #coveredLines()}).
 */
public final class ScalarExtents {
  /**
   * One scalar's part of one line, in 0-based code point columns.
   *
   * @param end exclusive; {@code Integer.MAX_VALUE} when it runs to the end of the line
   * @param pointer where a value sits; null for a key
   */
  public record Extent(int start, int end, boolean key, String pointer) {}

  private final Map<Integer, List<Extent>> byLine = new HashMap<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private int coveredLines = Integer.MAX_VALUE;

  private ScalarExtents() {}

  /**
   * Scans {@code text}; never throws for bad YAML, it just stops covering lines from there. The
   * parser is used directly, as the reader does: {@code new Yaml(options)} would first build a
   * constructor and a representer that a scan never uses (a quarter of this method's time when a
   * compile quotes a thousand warnings).
   */
  public static ScalarExtents of(String text) {
    ScalarExtents extents = new ScalarExtents();
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setNestingDepthLimit(Integer.MAX_VALUE);
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    options.setAllowDuplicateKeys(true);
    Event last = null;
    try {
      Parser parser = new ParserImpl(new StreamReader(text), options);
      for (Event event = parser.getEvent(); event != null; event = parser.getEvent()) {
        last = event;
        extents.accept(event);
      }
    } catch (RuntimeException e) {
      // Lines from the last good event on are unknown: whoever quotes them must hide them.
      extents.coveredLines = last == null ? 0 : last.getStartMark().getLine();
    }
    return extents;
  }

  /** The scalars on {@code line} (1-based), in no particular order. */
  public List<Extent> on(int line) {
    return byLine.getOrDefault(line, List.of());
  }

  /**
   * Lines 1 to this number (1-based, inclusive) are covered; later ones may hold unscanned text.
   */
  public int coveredLines() {
    return coveredLines;
  }

  private void accept(Event event) {
    if (event instanceof ScalarEvent scalar) {
      boolean key = isKeyPosition();
      record(scalar.getStartMark(), scalar.getEndMark(), key, key ? null : next());
      advance(key ? scalar.getValue() : null);
    } else if (event.is(Event.ID.Alias)) {
      boolean key = isKeyPosition();
      advance(key ? "" : null);
    } else if (event instanceof CollectionStartEvent) {
      // A collection used as a key has no pointer of its own; everything in it counts as unknown.
      String pointer = isKeyPosition() ? "/?" : next();
      stack.push(new Frame(pointer, event instanceof MappingStartEvent));
    } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
      stack.pop();
      advance(null);
    }
  }

  private boolean isKeyPosition() {
    Frame top = stack.peek();
    return top != null && top.mapping && top.key == null;
  }

  /** The pointer of the node that comes next: a key names the member it opens. */
  private String next() {
    Frame top = stack.peek();
    if (top == null) {
      return "";
    }
    if (top.mapping) {
      return Pointers.child(top.pointer, top.key);
    }
    return Pointers.child(top.pointer, top.index);
  }

  /** After a key (its text) or a value (null) in the open collection. */
  private void advance(String key) {
    Frame top = stack.peek();
    if (top == null) {
      return;
    }
    if (!top.mapping) {
      top.index++;
    } else {
      top.key = key;
    }
  }

  private void record(Mark start, Mark end, boolean key, String pointer) {
    int first = start.getLine() + 1;
    int last = end.getLine() + 1;
    for (int line = first; line <= last; line++) {
      int from = line == first ? start.getColumn() : 0;
      int to = line == last ? end.getColumn() : Integer.MAX_VALUE;
      if (to > from) {
        byLine
            .computeIfAbsent(line, n -> new ArrayList<>(2))
            .add(new Extent(from, to, key, pointer));
      }
    }
  }

  private static final class Frame {
    final String pointer;
    final boolean mapping;
    String key;
    int index;

    Frame(String pointer, boolean mapping) {
      this.pointer = pointer;
      this.mapping = mapping;
    }
  }
}
