package io.aigonix.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigonix.source.Pointers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every node of the file's tree with its JSON pointer, without recursion (for rules that look at
 * raw values; they take it from {@link RuleContext#nodes}, which walks the tree once per check).
 */
public final class Nodes {
  public record At(String pointer, String key, JsonNode node) {}

  private Nodes() {}

  static List<At> all(JsonNode root) {
    List<At> all = new ArrayList<>();
    Deque<At> todo = new ArrayDeque<>();
    todo.push(new At("", "", root));
    while (!todo.isEmpty()) {
      At next = todo.pop();
      all.add(next);
      JsonNode node = next.node();
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> e = fields.next();
          todo.push(new At(Pointers.child(next.pointer(), e.getKey()), e.getKey(), e.getValue()));
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          todo.push(new At(Pointers.child(next.pointer(), i), "", node.get(i)));
        }
      }
    }
    return all;
  }
}
