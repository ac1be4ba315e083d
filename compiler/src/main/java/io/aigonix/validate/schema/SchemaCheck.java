package io.aigonix.validate.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answers one question about a document before networknt is built: does it conform to aigonix's
 * schema? A validate of a valid file is the common case, and building networknt's validator (its
 * meta-schema, the 74 KB schema, its classes) was a third of a validate's start-up (issue 15). The
 * verdict is sound: {@link Verdict#CONFORMS} only where networknt reports no message at all; where
 * it says {@link Verdict#FAILS} or {@link Verdict#REFUSED}, the caller asks networknt, whose
 * messages the diagnostics are made of.
 */
public final class SchemaCheck {
  /** What the evaluator says of a document. */
  public enum Verdict {
    /** networknt reports nothing for it. */
    CONFORMS,
    /** Some keyword fails: networknt reports at least one message. */
    FAILS,
    /** Something it does not decide (a node type, a throw, a stack overflow): ask networknt. */
    REFUSED
  }

  private final Subschema root;

  private SchemaCheck(Subschema root) {
    this.root = root;
  }

  /** The shipped schema, from the form prepared from it ({@link SchemaForm}). */
  public static SchemaCheck shipped() {
    return of(SchemaForm.JSON);
  }

  /**
   * A schema's JSON text (the shipped file, or its {@link SchemaForm}); a keyword the evaluator
   * does not implement is an {@link IllegalStateException}.
   */
  public static SchemaCheck of(String schemaJson) {
    return new SchemaCheck(FormCompiler.compile(FormReader.read(schemaJson)));
  }

  public Verdict check(JsonNode document) {
    try {
      return root.conforms(document) ? Verdict.CONFORMS : Verdict.FAILS;
    } catch (RuntimeException
        | StackOverflowError e) { // a Refusal, or a throw networknt would meet too
      return Verdict.REFUSED;
    }
  }
}
