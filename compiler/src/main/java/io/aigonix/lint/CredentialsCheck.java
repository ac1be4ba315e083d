package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.source.Pointers;
import io.aigonix.validate.Credentials;
import io.aigonix.validate.SecretLines;
import io.aigonix.validate.SecretNames;
import io.aigonix.validate.Walk;
import java.util.Map;
import java.util.Optional;

/**
 * AGX5004 (III Config, IV Backing services): credentials in a connection string (see {@link
 * Credentials}) in a plain env value or in a config file, and secret-named assignments in {@code
 * .env}, INI and properties files. Never quotes the value: messages name the key or the file and
 * line, and {@link SecretLines} cuts the quoted source line before the credential. An env key whose
 * name already looks secret is AGX2016's (one warning per mistake).
 */
final class CredentialsCheck implements LintCheck {

  @Override
  public void check(LintContext ctx) {
    for (Walk.Ms ms : ctx.microservices()) {
      for (Walk.EnvMap env : Walk.envMaps(ms)) {
        for (Map.Entry<String, String> e : env.env().entrySet()) {
          String key = e.getKey();
          String value = e.getValue();
          if (value != null && !SecretNames.looksSecret(key) && Credentials.find(value) >= 0) {
            ctx.report(
                Code.CREDENTIALS_IN_PLAIN_CONFIG,
                Pointers.child(env.pointer(), key),
                "env '"
                    + ctx.quoting().showKey(key)
                    + "' holds a connection string with credentials in plain text",
                "move the whole value to secretEnv, sealed per environment: aigonix seal --key "
                    + ctx.quoting().showKey(key)
                    + " --write");
          }
        }
      }
      for (ConfigTexts.Entry entry : ConfigTexts.entries(ms)) {
        Optional<String> text = ctx.configTexts().text(entry);
        int line = text.isPresent() ? Credentials.firstLine(entry.name(), text.get()) : 0;
        if (line > 0) {
          ctx.report(
              Code.CREDENTIALS_IN_PLAIN_CONFIG,
              entry.valuePointer(),
              "config file '"
                  + ctx.quoting().showKey(entry.name())
                  + "' holds credentials in plain text (line "
                  + line
                  + " of "
                  + entry.origin(ctx.quoting())
                  + ")",
              "config files are plain ConfigMaps: take the value out and set it through secretEnv, sealed "
                  + "(.NET reads ConnectionStrings__Default from the environment over appsettings.json)");
        }
      }
    }
  }
}
