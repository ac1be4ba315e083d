package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.source.ProjectFiles;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.Optional;

/**
 * AGX2010: config files are relative paths that stay inside the folder of aigonix.yaml, symlinks
 * resolved.
 */
public final class ConfigFileOutsideRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    ProjectFiles files = new ProjectFiles(ctx.source().directory());
    for (Walk.Ms ms : ctx.microservices()) {
      for (ConfigFilePaths.Ref ref : ConfigFilePaths.of(ms)) {
        Optional<String> why = files.escape(ref.file());
        if (why.isPresent()) {
          ctx.report(
              Code.CONFIG_FILE_OUTSIDE,
              ref.pointer(),
              "config file '" + ctx.show(ref.pointer(), ref.file()) + "' " + why.get(),
              "config files must live in the folder of aigonix.yaml or below it");
        }
      }
    }
  }
}
