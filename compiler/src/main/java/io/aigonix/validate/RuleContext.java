package io.aigonix.validate;

import io.aigonix.diag.Code;
import io.aigonix.diag.Diagnostic;
import io.aigonix.source.Location;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.AigonixSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a semantic rule sees: the bound spec, the source (for locations and the project folder), and
 * the walks of the spec that many rules take, computed once per check ({@link Walks}).
 */
public final class RuleContext {
  private final ParsedSource source;
  private final AigonixSpec spec;
  private final Walks walks;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public RuleContext(ParsedSource source, AigonixSpec spec, Walks walks) {
    this.source = source;
    this.spec = spec;
    this.walks = walks;
  }

  public RuleContext(ParsedSource source, AigonixSpec spec) {
    this(source, spec, new Walks(source, spec));
  }

  public AigonixSpec spec() {
    return spec;
  }

  public ParsedSource source() {
    return source;
  }

  /** The walks of this check's spec, shared with its lint. */
  public Walks walks() {
    return walks;
  }

  /** Every microservice of every application, in file order ({@link Walk#allMicroservices}). */
  public List<Walk.Ms> microservices() {
    return walks.microservices();
  }

  /** The deployments of {@code ms}, overrides merged ({@link Walk#deployments}). */
  public List<Walk.Deployed> deployments(Walk.Ms ms) {
    return walks.deployments(ms);
  }

  /** Every deployment of every microservice, with its environment, in file order. */
  public List<EdgeDeployments.At> allDeployments() {
    return walks.allDeployments();
  }

  /** The deployments to edge environments. */
  public List<EdgeDeployments.At> edgeDeployments() {
    return walks.edgeDeployments();
  }

  /** Every node of the tree with its pointer ({@link Nodes#all}). */
  public List<Nodes.At> nodes() {
    return walks.nodes();
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
