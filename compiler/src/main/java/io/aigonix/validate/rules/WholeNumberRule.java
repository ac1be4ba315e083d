package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.Nodes;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import java.util.Set;

/**
 * AGX1002: replicas, ports and probe seconds are Kubernetes int32 fields. JSON Schema counts 3.0 as
 * an integer, but YAML reads it as a float and Kubernetes' JSON decoder refuses a fraction or an
 * exponent for an int32 ("cannot unmarshal number 3.0 into Go value of type int32"), so aigonix
 * refuses it rather than writing 3. (The int32 range itself is in the schema: minimum and maximum.)
 */
public final class WholeNumberRule implements SemanticRule {
  private static final Set<String> INT32_FIELDS =
      Set.of("replicas", "port", "initialDelaySeconds", "periodSeconds");

  @Override
  public void check(RuleContext ctx) {
    for (Nodes.At at : ctx.nodes()) {
      if (INT32_FIELDS.contains(at.key()) && at.node().isFloatingPointNumber()) {
        ctx.report(
            Code.WRONG_TYPE,
            at.pointer(),
            "expected integer, found number " + at.node().asText(),
            "write a whole number without a fraction or exponent: Kubernetes reads this field as an int32");
      }
    }
  }
}
