package io.aigonix.recipes;

import java.io.StringReader;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What Kargo's yaml-update step does to a file, for the key syntax the recipe uses (dot-separated
 * sjson path of plain keys and sequence indexes): replaces an existing scalar in place, keeping
 * every other byte (comments and formatting); a missing key or a non-scalar is an error, as in
 * Kargo ("updates scalar values only and can only update the values of existing keys").
 */
final class YamlUpdate {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

  private YamlUpdate() {}

  static String apply(String yaml, String key, String value) {
    if (!PLAIN_KEY.matcher(key).matches()) {
      throw new AssertionError("a key of sjson syntax this test does not follow: " + key);
    }
    Node node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    for (String part : key.split("\\.")) {
      node = child(node, part, key);
    }
    if (!(node instanceof ScalarNode scalar)) {
      throw new AssertionError(key + " is not a scalar");
    }
    return yaml.substring(0, scalar.getStartMark().getIndex())
        + value
        + yaml.substring(scalar.getEndMark().getIndex());
  }

  /** The old value at {@code key}, or an error when there is none. */
  static String get(String yaml, String key) {
    Node node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    for (String part : key.split("\\.")) {
      node = child(node, part, key);
    }
    return ((ScalarNode) node).getValue();
  }

  private static Node child(Node node, String part, String key) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(part)) {
          return t.getValueNode();
        }
      }
    } else if (node instanceof SequenceNode sequence && part.matches("\\d+")) {
      int i = Integer.parseInt(part);
      if (i < sequence.getValue().size()) {
        return sequence.getValue().get(i);
      }
    }
    throw new AssertionError("no " + part + " on the way to " + key + ": yaml-update would fail");
  }
}
