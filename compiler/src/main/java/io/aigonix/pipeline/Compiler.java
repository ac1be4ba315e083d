package io.aigonix.pipeline;

import io.aigonix.diag.Diagnostic;
import io.aigonix.generate.Generators;
import io.aigonix.generate.RuntimeTemplates;
import io.aigonix.lint.Linter;
import io.aigonix.model.Model;
import io.aigonix.model.ModelBuilder;
import io.aigonix.render.OutputTree;
import io.aigonix.render.Recompile;
import io.aigonix.render.TreeRenderer;
import io.aigonix.source.LoadResult;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.ProjectFiles;
import io.aigonix.source.YamlReader;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.SpecBinder;
import io.aigonix.validate.SchemaValidator;
import io.aigonix.validate.SemanticValidator;
import io.aigonix.validate.Walks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one entry point of the stages: {@link #check} (load → schema → bind → semantic rules) gives a
 * {@link Checked}, {@link #compile} turns a compilable one into an {@link OutputTree} (model →
 * generators → layout). The command line builds one Compiler per run and every check of that run
 * goes through it, so the JSON Schema is compiled once. Writes nothing: the caller writes, diffs or
 * publishes the tree. Not for concurrent use.
 */
public final class Compiler {
  private final YamlReader reader = new YamlReader();
  private final Supplier<SchemaValidator> schemaFactory;
  private final SemanticValidator semantics = new SemanticValidator();
  private final SpecBinder binder = new SpecBinder();
  private final Linter linter = new Linter();
  // Built on first use, as each costs about as much as a whole validation: the schema is compiled
  // by the first check (schema, init and help check nothing), the generators (and fabric8's
  // classes) and the renderer (its YAML writer's patterns and resolver) by the first compile
  // (validate and seal compile nothing).
  private SchemaValidator schema;
  private Generators generators;
  private TreeRenderer renderer;

  public Compiler() {
    this(null);
  }

  /**
   * With the factory the schema validator is built by (called at most once); null for the shipped
   * schema (not a method reference: the first lambda of a run costs a validate ~4 ms of linking).
   */
  public Compiler(Supplier<SchemaValidator> schemaFactory) {
    this.schemaFactory = schemaFactory;
  }

  /**
   * Checks {@code file}; I/O failures (missing file, permissions) are thrown, bad content is
   * diagnosed.
   */
  public Checked check(Path file, String displayName) throws IOException {
    return check(reader.read(file, displayName));
  }

  /**
   * The same checks for text that is not (yet) on disk, e.g. an edit about to be written to {@code
   * file}.
   */
  public Checked check(Path file, String displayName, String text) {
    return check(reader.parse(file.toAbsolutePath().normalize(), displayName, text));
  }

  /** The back end; {@code checked} must be {@link Checked#compilable()}. */
  public OutputTree compile(Checked checked) {
    return renderer().render(generators(), model(checked));
  }

  /**
   * The back end of {@code compile -o}: microservices {@code recompile} finds unchanged in the
   * output folder are not generated; the tree keeps their files ({@link OutputTree}), for {@code
   * TreeWriter} alone.
   */
  public OutputTree compile(Checked checked, Recompile recompile) {
    return renderer().render(generators(), model(checked), recompile);
  }

  /** The model of a spec the front end accepted, config files read from its folder. */
  private static Model model(Checked checked) {
    if (!checked.compilable() || checked.source().isEmpty()) {
      throw new IllegalArgumentException("only a file without errors compiles; check it first");
    }
    AigonixSpec spec = checked.spec().get();
    Path projectDirectory = checked.source().get().directory();
    return new ModelBuilder(new ProjectFiles(projectDirectory)).build(spec);
  }

  /** Stops at the first stage with errors; semantic rules run on a spec that matched the schema. */
  private Checked check(LoadResult loaded) {
    List<Diagnostic> found = new ArrayList<>(loaded.diagnostics());
    if (loaded.hasErrors() || loaded.source().isEmpty()) {
      return new Checked(loaded.source(), Optional.empty(), found);
    }
    ParsedSource source = loaded.source().get();
    found.addAll(schema().validate(source));
    for (Diagnostic d : found) {
      if (d.isError()) {
        return new Checked(loaded.source(), Optional.empty(), found);
      }
    }
    AigonixSpec spec = binder.bind(source.root());
    Walks walks = new Walks(source, spec);
    found.addAll(semantics.validate(source, spec, walks));
    found = linter.lint(source, spec, walks, found);
    return new Checked(loaded.source(), Optional.of(spec), found);
  }

  private SchemaValidator schema() {
    if (schema == null) {
      schema = schemaFactory == null ? new SchemaValidator() : schemaFactory.get();
    }
    return schema;
  }

  private TreeRenderer renderer() {
    if (renderer == null) {
      renderer = new TreeRenderer();
    }
    return renderer;
  }

  private Generators generators() {
    if (generators == null) {
      generators = new Generators(new RuntimeTemplates());
    }
    return generators;
  }
}
