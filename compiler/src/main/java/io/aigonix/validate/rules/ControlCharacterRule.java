package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.validate.Nodes;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import java.util.regex.Pattern;

/**
 * AGX2027: a NUL cannot reach a container: env values, command and args go through execve, which
 * ends strings at NUL. So no value may hold one, except a config file's {@code content} (it goes to
 * {@code binaryData}). One-line fields no other rule parses (the GitOps path and revision, the
 * registry server, event-horizon partitions) may hold no control character at all.
 */
public final class ControlCharacterRule implements SemanticRule {
  private static final Pattern CONTENT = Pattern.compile(".*/configFiles/[^/]+/content");
  private static final Pattern ONE_LINE =
      Pattern.compile(
          "/gitops/path|/gitops/argocd/targetRevision|/applications/\\d+/registry/server"
              + "|/applications/\\d+/microservices/\\d+/eventHorizons/\\d+/partition");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  @Override
  public void check(RuleContext ctx) {
    for (Nodes.At at : ctx.nodes()) {
      if (!at.node().isTextual()) {
        continue;
      }
      String text = at.node().asText();
      if (text.indexOf('\0') >= 0 && !CONTENT.matcher(at.pointer()).matches()) {
        ctx.report(
            Code.CONTROL_CHARACTER,
            at.pointer(),
            "this value holds a NUL character",
            "a NUL cannot be passed to a container; remove it (config file content may hold any bytes)");
      } else if (ONE_LINE.matcher(at.pointer()).matches() && CONTROL.matcher(text).find()) {
        ctx.report(
            Code.CONTROL_CHARACTER,
            at.pointer(),
            "this one-line value holds a control character",
            "remove the line break, tab or other control character");
      }
    }
  }
}
