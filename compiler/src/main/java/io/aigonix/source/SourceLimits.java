package io.aigonix.source;

/**
 * The bounds of SPEC §6 that keep a hostile or broken file from costing time or memory.
 *
 * @param maxBytes largest file read
 * @param maxDepth deepest nesting of mappings and sequences
 * @param maxNodes most nodes in the document after expanding aliases (bounds alias bombs)
 */
public record SourceLimits(long maxBytes, int maxDepth, int maxNodes) {
  public static final SourceLimits DEFAULT = new SourceLimits(8L * 1024 * 1024, 100, 200_000);
}
