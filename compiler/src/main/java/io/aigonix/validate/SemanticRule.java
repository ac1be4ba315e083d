package io.aigonix.validate;

/**
 * One semantic check with one diagnostic code; reports through the context, never throws for bad
 * input.
 */
public interface SemanticRule {
  void check(RuleContext context);
}
