package io.aigonix.source;

import java.util.List;

/**
 * Where one node is written: what a tool that edits the text rather than the tree needs (seal
 * {@code --write}). Offsets are char offsets into the text, [start, end); a block collection ends
 * where the next token starts (after trailing comments), so editors look at its last member for
 * where its text ends. Nodes copied from an alias or a merge key have no span of their own; the
 * alias has one.
 *
 * @param at line and column of the node (of its anchor or tag when it has one)
 * @param keyAt the key's line and column for a member of a mapping, else null
 * @param keyStart the key's offsets for a member of a mapping, else -1
 * @param children the pointers of a collection's members in the order written; a merge key is the
 *     member {@code <<}
 */
public record Span(
    Kind kind,
    Style style,
    Location at,
    int start,
    int end,
    Location keyAt,
    int keyStart,
    int keyEnd,
    List<String> children) {

  public enum Kind {
    SCALAR,
    MAPPING,
    SEQUENCE,
    ALIAS
  }

  /**
   * How a node is written: a scalar PLAIN, quoted, or a block scalar (LITERAL {@code |}, FOLDED
   * {@code >}); a collection BLOCK or FLOW ({@code [..]}, <code>{..}</code>); an alias PLAIN
   * ({@code *name}).
   */
  public enum Style {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    LITERAL,
    FOLDED,
    BLOCK,
    FLOW
  }

  public Span {
    children = List.copyOf(children);
  }

  public boolean isMember() {
    return keyAt != null;
  }

  /** The key's 0-based column: for a member of a block mapping, the indentation of its line. */
  public int keyIndent() {
    return keyAt == null ? -1 : keyAt.column() - 1;
  }

  public boolean isCollection() {
    return kind == Kind.MAPPING || kind == Kind.SEQUENCE;
  }

  /** A null written as nothing ({@code key:}): the only scalar with no text. */
  public boolean isEmptyNull() {
    return kind == Kind.SCALAR && style == Style.PLAIN && start == end;
  }
}
