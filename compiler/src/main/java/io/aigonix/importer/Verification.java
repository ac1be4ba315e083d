package io.aigonix.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What {@code import --verify} found (SPEC §7): each difference between the compile of the import
 * and the dump in aigonix.yaml's words, with the reason when it is an intended one; the dump's
 * platform objects compile does not produce; and, when the import did not compile, why. Never a
 * value: fields and keys are named, their contents are not.
 */
public record Verification(
    List<Finding> differences, List<Finding> notProduced, List<Diagnostic> compileErrors) {
  /**
   * One difference or missing object: whose ({@code subject}), what ({@code field}), how ({@code
   * change}), which object, and the documented reason when intended.
   */
  public record Finding(
      String subject, String field, String change, String object, Optional<String> intended) {
    String text() {
      return subject
          + ": "
          + field
          + " "
          + change
          + " ("
          + object
          + ")"
          + intended.map(r -> " - intended: " + r).orElse("");
    }

    ObjectNode json() {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("subject", subject).put("field", field).put("change", change).put("object", object);
      o.put("intended", intended.isPresent());
      intended.ifPresent(r -> o.put("reason", r));
      return o;
    }
  }

  public Verification {
    differences = List.copyOf(differences);
    notProduced = List.copyOf(notProduced);
    compileErrors = List.copyOf(compileErrors);
  }

  /** Exit 0 only when the import compiled and every finding is an intended one. */
  public boolean ok() {
    return compileErrors.isEmpty()
        && differences.stream().allMatch(f -> f.intended().isPresent())
        && notProduced.stream().allMatch(f -> f.intended().isPresent());
  }

  long unexpected() {
    return differences.stream().filter(f -> f.intended().isEmpty()).count()
        + notProduced.stream().filter(f -> f.intended().isEmpty()).count();
  }

  public String text() {
    StringBuilder b = new StringBuilder("verify: compile of the import against the dump\n");
    if (!compileErrors.isEmpty()) {
      b.append("  the imported aigonix.yaml does not compile: ")
          .append(compileErrors.size())
          .append(compileErrors.size() == 1 ? " error" : " errors")
          .append(" (above; run aigonix validate on it)\n")
          .append("verify: failed, nothing to compare\n");
      return b.toString();
    }
    differences.forEach(f -> b.append("  ").append(f.text()).append('\n'));
    notProduced.forEach(f -> b.append("  ").append(f.text()).append('\n'));
    b.append(
        ok()
            ? "verify: ok, every difference is an intended one\n"
            : "verify: failed, " + unexpected() + " differences outside the intended list\n");
    return b.toString();
  }

  public ObjectNode json() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("ok", ok());
    ArrayNode errors = o.putArray("compileErrors");
    compileErrors.forEach(
        e -> errors.add(e.file() + ":" + e.line() + ":" + e.column() + ": " + e.message()));
    ArrayNode d = o.putArray("differences");
    differences.forEach(f -> d.add(f.json()));
    ArrayNode n = o.putArray("notProduced");
    notProduced.forEach(f -> n.add(f.json()));
    return o;
  }
}
