package io.aigonix.diff;

/**
 * The text form of a diff: the plan, a count line, then the unified diff.
 *
 * <pre>
 * Plan:
 *   Prod/Orders: head image acmecorp.azurecr.io/orders:1.1.9 → 1.2.0; env LOG_LEVEL changed; pods will roll
 *   Dev/Catalog: added
 * Files: 3 added, 2 changed, 1 removed
 *
 * --- a/webshop/prod/…
 * </pre>
 */
public final class DiffTextRenderer {
  private DiffTextRenderer() {}

  public static String render(DiffReport report, boolean withPatch) {
    if (!report.changed()) {
      return "No changes.\n";
    }
    StringBuilder out = new StringBuilder("Plan:\n");
    report.plan().forEach(e -> out.append("  ").append(e.line()).append('\n'));
    if (report.plan().isEmpty()) {
      out.append("  (layout only: no object changed)\n");
    }
    FileChanges f = report.files();
    out.append("Files: ")
        .append(f.added().size())
        .append(" added, ")
        .append(f.changed().size())
        .append(" changed, ")
        .append(f.removed().size())
        .append(" removed\n");
    if (withPatch) {
      out.append('\n').append(report.unifiedDiff());
    }
    return out.toString();
  }
}
