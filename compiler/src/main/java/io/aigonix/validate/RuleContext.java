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

  // What a message may show of the user's values and keys ({@link QuotableValue}); called only
  // when a message is made, as the allow-list is compiled on first use.

  /** Whether the value at {@code pointer} may be quoted ({@link QuotableValue#isQuotable}). */
  public boolean quotable(String pointer) {
    return QuotableValue.isQuotable(source, pointer);
  }

  /** {@code value} where the value at {@code pointer} may be quoted, else {@code <redacted>}. */
  public String show(String pointer, String value) {
    return QuotableValue.shown(source, pointer, value);
  }

  /**
   * {@code value}, made from the values at {@code from} (a derived object name, say), where each of
   * them may be quoted, else {@code <redacted>}.
   */
  public String showDerived(String value, List<String> from) {
    for (String pointer : from) {
      if (!QuotableValue.isQuotable(source, pointer)) {
        return QuotableValue.HIDDEN;
      }
    }
    return value;
  }

  /** Whether {@code key}, a key of the document, may be quoted: no alias wrote it. */
  public boolean quotableKey(String key) {
    return QuotableValue.isQuotableKey(source, key);
  }

  /** {@code key}, a key of the document, unless an alias wrote it, else {@code <redacted>}. */
  public String showKey(String key) {
    return QuotableValue.shownKey(source, key);
  }

  /** The application's name as {@link #show} shows it. */
  public String name(Walk.App app) {
    return show(app.pointer() + "/name", app.spec().name());
  }

  /** The environment's name as {@link #show} shows it. */
  public String name(Walk.Env env) {
    return show(env.pointer() + "/name", env.spec().name());
  }

  /** The microservice's name as {@link #show} shows it. */
  public String name(Walk.Ms ms) {
    return show(ms.at("/name"), ms.spec().name());
  }

  /**
   * The name of {@code app}'s environment called {@code environment} (a deployment's) as {@link
   * #show} shows it where the application lists it, else as {@link #showKey} shows a key.
   */
  public String environment(Walk.App app, String environment) {
    String pointer = environmentPointer(app, environment);
    return pointer == null ? showKey(environment) : show(pointer + "/name", environment);
  }

  /** The pointer of {@code app}'s first environment called {@code environment}, or null. */
  public static String environmentPointer(Walk.App app, String environment) {
    var environments = app.spec().environments();
    for (int k = 0; k < environments.size(); k++) {
      if (environment.equals(environments.get(k).name())) {
        return app.pointer() + "/environments/" + k;
      }
    }
    return null;
  }

  /**
   * Where the object name of an application, environment or microservice at {@code entity} comes
   * from: its objectName when the file gives one, else its name.
   */
  public static String objectNameAt(String entity, String objectName) {
    return entity + (objectName == null ? "/name" : "/objectName");
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
            QuotableValue.pointer(source, pointer),
            hint));
  }
}
