package io.aigonix.diff;

import io.aigonix.render.OutputTree;
import java.util.List;

/** What compile would change: the plan, the files, and the unified diff. */
public record DiffReport(List<PlanEntry> plan, FileChanges files, String unifiedDiff) {
  public DiffReport {
    plan = List.copyOf(plan);
  }

  public static DiffReport between(OutputTree before, OutputTree after) {
    ManifestReader reader = new ManifestReader();
    FileChanges files = FileChanges.between(before, after);
    List<PlanEntry> plan = new Planner().plan(reader.read(before), reader.read(after));
    return new DiffReport(plan, files, UnifiedDiff.of(before, after, files));
  }

  public boolean changed() {
    return !files.isEmpty();
  }
}
