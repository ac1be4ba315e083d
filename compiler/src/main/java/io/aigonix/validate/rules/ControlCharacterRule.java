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
  /** Config file content, compiled when a value first holds a NUL. */
  private static final class Content {
    static final Pattern PATTERN = Pattern.compile(".*/configFiles/[^/]+/content");
  }

  /**
   * The one-line fields under an application, compiled when a pointer first ends as one of them
   * does (see {@link #isOneLine}).
   */
  private static final class OneLine {
    static final Pattern PATTERN =
        Pattern.compile(
            "/applications/\\d+/registry/server"
                + "|/applications/\\d+/microservices/\\d+/eventHorizons/\\d+/partition");
  }

  @Override
  public void check(RuleContext ctx) {
    for (Nodes.At at : ctx.nodes()) {
      if (!at.node().isTextual()) {
        continue;
      }
      String text = at.node().asText();
      if (text.indexOf('\0') >= 0 && !Content.PATTERN.matcher(at.pointer()).matches()) {
        ctx.report(
            Code.CONTROL_CHARACTER,
            at.pointer(),
            "this value holds a NUL character",
            "a NUL cannot be passed to a container; remove it (config file content may hold any bytes)");
      } else if (isOneLine(at.pointer()) && hasControl(text)) {
        ctx.report(
            Code.CONTROL_CHARACTER,
            at.pointer(),
            "this one-line value holds a control character",
            "remove the line break, tab or other control character");
      }
    }
  }

  /**
   * Whether the pointer is a one-line field: the GitOps path or revision, or (by {@link OneLine}) a
   * registry server or an event-horizon partition. RuleLoopsTest keeps the whole expression as the
   * oracle.
   */
  static boolean isOneLine(String pointer) {
    if (pointer.equals("/gitops/path") || pointer.equals("/gitops/argocd/targetRevision")) {
      return true;
    }
    return pointer.startsWith("/applications/")
        && (pointer.endsWith("/registry/server") || pointer.endsWith("/partition"))
        && OneLine.PATTERN.matcher(pointer).matches();
  }

  /**
   * Whether {@code \\p{Cntrl}} finds a character: U+0000 to U+001F or U+007F (a loop; RuleLoopsTest
   * keeps the expression as the oracle).
   */
  static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || c == '\u007f') {
        return true;
      }
    }
    return false;
  }
}
