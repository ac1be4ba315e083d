package io.aigonix.pipeline;

import io.aigonix.diag.Diagnostic;
import io.aigonix.generate.Generators;
import io.aigonix.generate.RuntimeTemplates;
import io.aigonix.model.ConfigFileSource;
import io.aigonix.model.Model;
import io.aigonix.model.ModelBuilder;
import io.aigonix.render.Layout;
import io.aigonix.render.OutputTree;
import io.aigonix.source.LoadResult;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.YamlReader;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.SpecBinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * compile: front end (load, validate, bind) → model → generators → layout → {@link OutputTree}. On
 * errors the result has diagnostics and no tree; nothing is written here.
 */
public final class Compiler {
  private final Generators generators = new Generators(new RuntimeTemplates());
  private final Layout layout = new Layout();

  public CompileResult compile(Path file, String displayName) throws IOException {
    LoadResult loaded = new YamlReader().read(file, displayName);
    if (loaded.hasErrors() || loaded.source().isEmpty()) {
      return new CompileResult(Optional.empty(), loaded.diagnostics());
    }
    ParsedSource source = loaded.source().get();
    AigonixSpec spec = new SpecBinder().bind(source.root());
    List<Diagnostic> diagnostics = loaded.diagnostics();
    return new CompileResult(Optional.of(compile(spec, source.directory())), diagnostics);
  }

  /** The back end: a spec the front end accepted, and the folder its relative paths start from. */
  public OutputTree compile(AigonixSpec spec, Path projectDirectory) {
    Model model = new ModelBuilder(ConfigFileSource.directory(projectDirectory)).build(spec);
    return layout.render(generators.generate(model));
  }
}
