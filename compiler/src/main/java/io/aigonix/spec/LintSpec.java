package io.aigonix.spec;

import java.util.List;

/**
 * {@code lint:} at the top level: warning codes not to report in this file.
 *
 * <pre>
 * lint:
 *   ignore: [AGX5002]
 * </pre>
 */
public record LintSpec(List<String> ignore) {
  public LintSpec {
    ignore = ignore == null ? List.of() : List.copyOf(ignore);
  }
}
