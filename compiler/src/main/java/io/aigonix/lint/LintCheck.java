package io.aigonix.lint;

/**
 * One lint check with one AGX5xxx code; reports warnings through the context, never throws for bad
 * input.
 */
interface LintCheck {
  void check(LintContext context);
}
