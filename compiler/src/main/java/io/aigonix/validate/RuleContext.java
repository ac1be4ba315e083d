package io.aigonix.validate;

import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.source.Location;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.AigonixSpec;
import java.util.ArrayList;
import java.util.List;

/** What a semantic rule sees: the bound spec, the source (for locations and the project folder). */
public final class RuleContext {
  private final ParsedSource source;
  private final AigonixSpec spec;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public RuleContext(ParsedSource source, AigonixSpec spec) {
    this.source = source;
    this.spec = spec;
  }

  public AigonixSpec spec() {
    return spec;
  }

  public ParsedSource source() {
    return source;
  }

  /** Reports at the value of {@code pointer}. */
  public void report(Code code, String pointer, String message, String hint) {
    add(code, pointer, source.locations().value(pointer), message, hint);
  }

  /** Reports at the key of {@code pointer} (for problems with a map key itself). */
  public void reportAtKey(Code code, String pointer, String message, String hint) {
    add(code, pointer, source.locations().key(pointer), message, hint);
  }

  public Location lineOf(String pointer) {
    return source.locations().value(pointer);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private void add(Code code, String pointer, Location at, String message, String hint) {
    diagnostics.add(
        new Diagnostic(
            code,
            code.defaultSeverity(),
            message,
            source.displayName(),
            at.line(),
            at.column(),
            pointer,
            hint));
  }
}
