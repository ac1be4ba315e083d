package io.aigonix.source;

/**
 * The bounds that keep a hostile or broken input from costing time or memory. Every YAML read goes
 * through {@link YamlReader} with one of these, and SnakeYAML's own limits are set from them.
 *
 * @param maxBytes largest input read
 * @param maxDepth deepest nesting of mappings and sequences
 * @param maxNodes most nodes after expanding aliases
 * @param maxAliasNodes most nodes that aliases may add by copying what their anchor holds (alias
 *     bombs); nodes that are written out are also bounded by {@code maxBytes}
 */
public record SourceLimits(long maxBytes, int maxDepth, long maxNodes, long maxAliasNodes) {
  private static final long MIB = 1024 * 1024;

  /** SPEC §6, for aigonix.yaml: 8 MiB, 100 levels, 200,000 nodes after alias expansion. */
  public static final SourceLimits DEFAULT = new SourceLimits(8 * MIB, 100, 200_000, 200_000);

  /**
   * SPEC §7, for cluster dumps ({@code kubectl get -o yaml}) and for compiled manifests read back:
   * up to 256 MiB, with nesting and aliases bounded as in §6. A dump of a whole cluster has
   * millions of nodes, so only the nodes aliases add are counted, not the nodes written.
   */
  public static final SourceLimits DUMPS =
      new SourceLimits(256 * MIB, 100, Long.MAX_VALUE, 200_000);

  /** The byte limit for messages: "8388608 bytes (8 MiB)". */
  public String describeBytes() {
    return maxBytes + " bytes" + (maxBytes % MIB == 0 ? " (" + maxBytes / MIB + " MiB)" : "");
  }
}
