package io.aigonix.lint;

import io.aigonix.diag.Diagnostic;
import io.aigonix.source.ParsedSource;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.validate.Walks;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC §10: twelve-factor and platform lint on the source, after the semantic rules passed. Every
 * finding is a warning (AGX5xxx); warnings the file suppresses ({@code lint.ignore}, or a comment
 * {@code # aigonix:ignore <code>} on the line or the line above) are dropped, the AGX2xxx ones too.
 * The list of checks is written out here, once.
 */
public final class Linter {
  private final List<LintCheck> checks =
      List.of(
          new UnpinnedImageCheck(),
          new SingleReplicaCheck(),
          new PublicWithoutProbesCheck(),
          new CredentialsCheck(),
          new ForeignBackingServiceCheck(),
          new VersionDriftCheck(),
          new LogFileSinkCheck(),
          new SharedImageRepositoryCheck());

  /**
   * {@code earlier} (the diagnostics of the stages before) with the lint warnings added when there
   * is no error among them, and without the warnings the file suppresses; {@code walks} are the
   * spec's, shared with the semantic rules.
   */
  public List<Diagnostic> lint(
      ParsedSource source, AigonixSpec spec, Walks walks, List<Diagnostic> earlier) {
    List<Diagnostic> all = new ArrayList<>(earlier);
    if (!anyError(earlier)) {
      LintContext context = new LintContext(source, spec, walks);
      for (LintCheck check : checks) {
        check.check(context);
      }
      all.addAll(context.diagnostics());
    }
    return new Suppressions(source, spec.lint()).apply(all);
  }

  private static boolean anyError(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        return true;
      }
    }
    return false;
  }
}
