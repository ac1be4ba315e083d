package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import io.aigonix.validate.k8s.ConfigMapKey;
import java.util.Optional;

/**
 * AGX2026: config file names (also in overrides) are keys of the {@code -config-files} ConfigMap
 * and file names in /app/data, so they follow {@link ConfigMapKey}: no '/', no '..'.
 */
public final class ConfigFileNameRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (Layers layer : Layers.of(ms)) {
        if (layer.configFiles() == null) {
          continue;
        }
        for (String name : layer.configFiles().keySet()) {
          Optional<String> why = ConfigMapKey.problem(name);
          if (why.isPresent()) {
            ctx.reportAtKey(
                Code.INVALID_CONFIG_FILE_NAME,
                Pointers.child(layer.at("/configFiles"), name),
                "config file name "
                    + Shown.of(ctx.showKey(name))
                    + " is not a valid ConfigMap key: "
                    + why.get(),
                "name the file itself, e.g. appsettings.json; 'file:' says where it comes from");
          }
        }
      }
    }
  }
}
