package io.aigonix.pipeline;

import io.aigonix.diag.Diagnostic;
import io.aigonix.lint.Linter;
import io.aigonix.source.LoadResult;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.YamlReader;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.SpecBinder;
import io.aigonix.validate.SchemaValidator;
import io.aigonix.validate.SemanticValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * load → schema → bind → semantic rules → lint (warnings only), stopping at the first stage with errors. Every command that
 * reads aigonix.yaml goes through here, so they all see the same diagnostics.
 */
public final class Frontend {
  private final YamlReader reader = new YamlReader();
  private final SchemaValidator schema = new SchemaValidator();
  private final SemanticValidator semantics = new SemanticValidator();
  private final SpecBinder binder = new SpecBinder();
  private final Linter linter = new Linter();

  public FrontendResult load(Path file, String displayName) throws IOException {
    return check(reader.read(file, displayName));
  }

  /** The same checks for text that is not (yet) on disk, e.g. an edit about to be written. */
  public FrontendResult load(Path file, String displayName, String text) {
    return check(reader.parse(file.toAbsolutePath().normalize(), displayName, text));
  }

  private FrontendResult check(LoadResult loaded) {
    List<Diagnostic> found = new ArrayList<>(loaded.diagnostics());
    if (loaded.hasErrors() || loaded.source().isEmpty()) {
      return new FrontendResult(loaded.source(), Optional.empty(), found);
    }
    ParsedSource source = loaded.source().get();
    found.addAll(schema.validate(source));
    if (found.stream().anyMatch(Diagnostic::isError)) {
      return new FrontendResult(loaded.source(), Optional.empty(), found);
    }
    AigonixSpec spec = binder.bind(source.root());
    found.addAll(semantics.validate(source, spec));
    found = linter.lint(source, spec, found);
    boolean errors = found.stream().anyMatch(Diagnostic::isError);
    return new FrontendResult(loaded.source(), errors ? Optional.empty() : Optional.of(spec), found);
  }
}
