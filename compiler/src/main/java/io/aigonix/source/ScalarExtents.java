package io.aigonix.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setNestingDepthLimit(Integer.MAX_VALUE);
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    options.setAllowDuplicateKeys(true);
    Log events = new Log();
    Event last = null;
    int covered = Integer.MAX_VALUE;
    try {
      Parser parser = new ParserImpl(new StreamReader(text), options);
      for (Event event = parser.getEvent(); event != null; event = parser.getEvent()) {
        last = event;
        events.add(event);
      }
    } catch (RuntimeException e) {
      // Lines from the last good event on are unknown: whoever quotes them must hide them.
      covered = last == null ? 0 : last.getStartMark().getLine();
    }
    ScalarExtents extents = events.scan();
    extents.coveredLines = covered;
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

  /** A scalar from its first to its last character (0-based lines and columns). */
  private void scalar(int startLine, int startColumn, int endLine, int endColumn, String value) {
    boolean key = isKeyPosition();
    record(startLine, startColumn, endLine, endColumn, key, key ? null : next());
    advance(key ? value : null);
  }

  private void alias() {
    advance(isKeyPosition() ? "" : null);
  }

  private void open(boolean mapping) {
    // A collection used as a key has no pointer of its own; everything in it counts as unknown.
    String pointer = isKeyPosition() ? "/?" : next();
    stack.push(new Frame(pointer, mapping));
  }

  private void close() {
    stack.pop();
    advance(null);
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

  private void record(
      int startLine, int startColumn, int endLine, int endColumn, boolean key, String pointer) {
    int first = startLine + 1;
    int last = endLine + 1;
    for (int line = first; line <= last; line++) {
      int from = line == first ? startColumn : 0;
      int to = line == last ? endColumn : Integer.MAX_VALUE;
      if (to > from) {
        byLine
            .computeIfAbsent(line, n -> new ArrayList<>(2))
            .add(new Extent(from, to, key, pointer));
      }
    }
  }

  /**
   * The events of a parse, kept as the few numbers a scan needs; the reader keeps its own parse's,
   * so quoting lines later need not parse the text again: for a 1,000-microservice file that second
   * parse cost a compile that quotes its warnings 24 ms and 28 MB of garbage. A scan covers every
   * line, so the reader keeps the log only of a parse that read the whole text ({@link #of} marks
   * the lines after a syntax error itself); recording costs the parse about a millisecond, and the
   * extents are made only when a line is quoted.
   */
  public static final class Log {
    private static final int SCALAR = 0;
    private static final int ALIAS = 1;
    private static final int MAPPING = 2;
    private static final int SEQUENCE = 3;
    private static final int END = 4;

    /** Per event: its kind, then for a scalar its start line, column, end line, column. */
    private int[] codes = new int[4096];

    private int length;
    private String[] values = new String[1024];
    private int scalars;

    /** Records {@code event}, one of the events of the text in order; other kinds are skipped. */
    public void add(Event event) {
      if (event instanceof ScalarEvent scalar) {
        Mark start = scalar.getStartMark();
        Mark end = scalar.getEndMark();
        code(SCALAR);
        code(start.getLine());
        code(start.getColumn());
        code(end.getLine());
        code(end.getColumn());
        if (scalars == values.length) {
          values = Arrays.copyOf(values, scalars * 2);
        }
        values[scalars++] = scalar.getValue();
      } else if (event.is(Event.ID.Alias)) {
        code(ALIAS);
      } else if (event instanceof CollectionStartEvent) {
        code(event instanceof MappingStartEvent ? MAPPING : SEQUENCE);
      } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
        code(END);
      }
    }

    private void code(int value) {
      if (length == codes.length) {
        codes = Arrays.copyOf(codes, length * 2);
      }
      codes[length++] = value;
    }

    /** The extents, as {@link ScalarExtents#of} finds them in the text these events came from. */
    public ScalarExtents scan() {
      ScalarExtents extents = new ScalarExtents();
      int scalar = 0;
      for (int i = 0; i < length; i++) {
        switch (codes[i]) {
          case SCALAR -> {
            extents.scalar(codes[i + 1], codes[i + 2], codes[i + 3], codes[i + 4], values[scalar]);
            scalar++;
            i += 4;
          }
          case ALIAS -> extents.alias();
          case MAPPING -> extents.open(true);
          case SEQUENCE -> extents.open(false);
          default -> extents.close();
        }
      }
      return extents;
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
