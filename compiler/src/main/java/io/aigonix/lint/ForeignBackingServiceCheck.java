package io.aigonix.lint;

import io.aigonix.diag.Code;
import io.aigonix.model.Names;
import io.aigonix.source.Pointers;
import io.aigonix.spec.EnvironmentSpec;
import io.aigonix.spec.MicroserviceSpec;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.Walk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AGX5005 (X Dev/prod parity): a value used in one environment names another environment's backing
 * service: its MongoDB ({@code dev-mongo}) or one of its microservices' Services ({@code
 * dev-orders}). Env values and config file text are checked in every environment they are deployed
 * to, each value reported once. An environment's own {@code dev-mongo} is what it should use.
 */
final class ForeignBackingServiceCheck implements LintCheck {

  @Override
  public void check(LintContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      Map<String, Foreign> foreign = new java.util.LinkedHashMap<>();
      for (EnvironmentSpec env : app.spec().environments()) {
        foreign.put(env.name(), otherEnvironments(app, env.name()));
      }
      for (Walk.Ms ms : Walk.microservices(app)) {
        check(ctx, ms, foreign);
      }
    }
  }

  private static void check(LintContext ctx, Walk.Ms ms, Map<String, Foreign> foreign) {
    Set<String> reported = new HashSet<>();
    for (Walk.Deployed d : ctx.deployments(ms)) {
      Foreign names = foreign.get(d.environment());
      if (names == null) {
        continue;
      }
      MicroserviceSpec effective = d.effective();
      Map<String, String> env = effective.env() == null ? Map.of() : effective.env();
      for (Map.Entry<String, String> e : env.entrySet()) {
        String key = e.getKey();
        String pointer = envPointer(ctx, d, key);
        Optional<String> found = find(names, e.getValue());
        if (found.isPresent() && reported.add(pointer)) {
          ctx.report(
              Code.FOREIGN_BACKING_SERVICE,
              pointer,
              "env '"
                  + ctx.quoting().showKey(key)
                  + "' names '"
                  + service(ctx, ms.app(), found.get())
                  + "', another environment's service, in "
                  + ctx.quoting().environment(ms.app(), d.environment()),
              hint(ctx, ms.app(), d.environment()));
        }
      }
      for (ConfigTexts.Entry entry : ConfigTexts.effective(ms, d.environment())) {
        Optional<String> text = ctx.configTexts().text(entry);
        Optional<String> found = text.isPresent() ? find(names, text.get()) : Optional.empty();
        if (found.isPresent() && reported.add(entry.pointer())) {
          ctx.report(
              Code.FOREIGN_BACKING_SERVICE,
              entry.valuePointer(),
              "config file '"
                  + ctx.quoting().showKey(entry.name())
                  + "' names '"
                  + service(ctx, ms.app(), found.get())
                  + "', another environment's service, in "
                  + ctx.quoting().environment(ms.app(), d.environment()),
              hint(ctx, ms.app(), d.environment()));
        }
      }
    }
  }

  /** The override's value when the environment sets the key, else the microservice's own. */
  private static String envPointer(LintContext ctx, Walk.Deployed d, String key) {
    String own = Pointers.child(d.overridePointer() + "/env", key);
    return ctx.has(own) ? own : Pointers.child(d.ms().at("/env"), key);
  }

  private static String hint(LintContext ctx, Walk.App app, String environment) {
    String shown = ctx.quoting().environment(app, environment);
    String at = RuleContext.environmentPointer(app, environment);
    return "give "
        + shown
        + " its own value in environments."
        + shown
        + " (its MongoDB is "
        + ctx.quoting().showDerived(Names.mongo(environment), List.of(at + "/name"))
        + "); environments share no backing services";
  }

  /**
   * The service a value names, as found in it: an environment's and a microservice's object names
   * (in any case), so shown only where every name of the application it can be made from is.
   */
  private static String service(LintContext ctx, Walk.App app, String found) {
    List<String> from = new ArrayList<>();
    for (Walk.Env env : Walk.environments(app)) {
      from.add(env.pointer() + "/name");
      if (env.spec().objectName() != null) {
        from.add(env.pointer() + "/objectName");
      }
    }
    for (Walk.Ms ms : Walk.microservices(app)) {
      from.add(ms.at("/name"));
      if (ms.spec().objectName() != null) {
        from.add(ms.at("/objectName"));
      }
    }
    return ctx.quoting().showDerived(found, from);
  }

  private static Optional<String> find(Foreign names, String value) {
    if (value == null || !names.mayName(value)) {
      return Optional.empty();
    }
    Matcher m = names.pattern().matcher(value);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /**
   * The other environments' services, as a pattern compiled only when a value holds one of their
   * names followed by '-' (in ASCII any case, as the pattern's {@code (?i)} matches): most values
   * hold none, and compiling one pattern per environment cost more than the whole check.
   */
  private static final class Foreign {
    private final List<String> prefixes;
    private final String regex;
    private Pattern pattern;

    Foreign(List<String> prefixes, String regex) {
      this.prefixes = prefixes;
      this.regex = regex;
    }

    boolean mayName(String value) {
      String lower = asciiLowerCase(value);
      for (String prefix : prefixes) {
        if (lower.contains(prefix)) {
          return true;
        }
      }
      return false;
    }

    Pattern pattern() {
      if (pattern == null) {
        pattern = Pattern.compile(regex);
      }
      return pattern;
    }
  }

  private static String asciiLowerCase(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (chars == null) {
          chars = s.toCharArray();
        }
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return chars == null ? s : new String(chars);
  }

  /**
   * {@code <other env>-mongo} and {@code <other env>-<microservice>} as whole DNS labels, any case;
   * null when there is no other environment.
   */
  private static Foreign otherEnvironments(Walk.App app, String environment) {
    List<String> services = new ArrayList<>();
    services.add("mongo");
    for (MicroserviceSpec ms : app.spec().microservices()) {
      services.add(Pattern.quote(Names.object(ms.name(), ms.objectName())));
    }
    List<String> others = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    for (EnvironmentSpec env : app.spec().environments()) {
      if (!env.name().equals(environment)) {
        String other = Names.object(env.name(), env.objectName());
        others.add(Pattern.quote(other));
        prefixes.add(asciiLowerCase(other) + "-");
      }
    }
    if (others.isEmpty()) {
      return null;
    }
    return new Foreign(
        prefixes,
        "(?i)(?<![a-z0-9-])(?:"
            + String.join("|", others)
            + ")-(?:"
            + String.join("|", services)
            + ")(?![a-z0-9-])");
  }
}
