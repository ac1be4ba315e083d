package io.aigonix.validate;

import io.aigonix.source.ParsedSource;
import io.aigonix.source.Span;
import java.util.Optional;

/**
 * Whether a message may quote a user's value or key; the one decision every message that quotes one
 * makes (schema messages, semantic rules, lint). A value may be quoted where {@link SecretLines}
 * shows it (a place with no room for a secret) and only if it is written there: a value an alias or
 * a merge key copied in was written elsewhere, maybe where a secret goes ({@code <<: [{apiVersion:
 * <secret>}]}, {@code path: *password}). A key may be quoted unless an alias wrote it ({@code
 * *password: x} makes the anchored value a key). Where neither holds, a message shows {@link
 * #HIDDEN} instead, as a quoted line does.
 */
public final class QuotableValue {
  /** What a message shows in place of a value or key it may not quote. */
  public static final String HIDDEN = SecretLines.HIDDEN;

  private QuotableValue() {}

  /** Whether the value at {@code pointer} is at a safe place and written there. */
  public static boolean isQuotable(ParsedSource source, String pointer) {
    Optional<Span> span = source.locations().span(pointer);
    return span.isPresent() && span.get().kind() != Span.Kind.ALIAS && SecretLines.isSafe(pointer);
  }

  /** Whether a message may quote {@code key}, a key of the document: no alias wrote it. */
  public static boolean isQuotableKey(ParsedSource source, String key) {
    return !source.locations().isAliasKey(key);
  }

  /** {@code value} where the value at {@code pointer} may be quoted, else {@link #HIDDEN}. */
  public static String shown(ParsedSource source, String pointer, String value) {
    return isQuotable(source, pointer) ? value : HIDDEN;
  }

  /** {@code key} where it may be quoted, else {@link #HIDDEN}. */
  public static String shownKey(ParsedSource source, String key) {
    return isQuotableKey(source, key) ? key : HIDDEN;
  }

  /** {@code pointer} as a diagnostic may carry it (JSON output shows it): no key an alias wrote. */
  public static String pointer(ParsedSource source, String pointer) {
    return source.locations().shownPointer(pointer);
  }
}
