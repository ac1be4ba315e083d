package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.source.ProjectFiles;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.Optional;

/** AGX2011: config files inside the project exist, are regular files and can be read. */
public final class ConfigFileMissingRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    ProjectFiles files = new ProjectFiles(ctx.source().directory());
    for (Walk.Ms ms : ctx.microservices()) {
      for (ConfigFilePaths.Ref ref : ConfigFilePaths.of(ms)) {
        if (files.escape(ref.file()).isEmpty()) {
          Optional<String> why = files.unreadable(ref.file());
          if (why.isPresent()) {
            ctx.report(
                Code.CONFIG_FILE_MISSING,
                ref.pointer(),
                "config file '" + ctx.show(ref.pointer(), ref.file()) + "' " + why.get(),
                "paths are relative to the folder of aigonix.yaml");
          }
        }
      }
    }
  }
}
