package io.aigonix.pipeline;

import io.aigonix.generate.Generators;
import io.aigonix.generate.RuntimeTemplates;
import io.aigonix.model.Model;
import io.aigonix.model.ModelBuilder;
import io.aigonix.render.Layout;
import io.aigonix.render.OutputTree;
import io.aigonix.source.ProjectFiles;
import io.aigonix.spec.AigonixSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * compile: {@link Frontend} (load, schema, bind, semantic rules) → model → generators → layout →
 * {@link OutputTree}. With errors the result has diagnostics and no tree. Writes nothing: the caller
 * writes, diffs or publishes the tree.
 */
public final class Compiler {
  private final Frontend frontend = new Frontend();
  private final Generators generators = new Generators(new RuntimeTemplates());
  private final Layout layout = new Layout();

  public CompileResult compile(Path file, String displayName) throws IOException {
    FrontendResult checked = frontend.load(file, displayName);
    if (checked.spec().isEmpty() || checked.source().isEmpty()) {
      return new CompileResult(checked, Optional.empty());
    }
    return new CompileResult(checked, Optional.of(compile(checked.spec().get(), checked.source().get().directory())));
  }

  /** The back end: a spec the front end accepted, and the folder its relative paths start from. */
  public OutputTree compile(AigonixSpec spec, Path projectDirectory) {
    Model model = new ModelBuilder(new ProjectFiles(projectDirectory)).build(spec);
    return layout.render(generators.generate(model));
  }
}
