package io.aigonix.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.json.Json;
import java.util.List;

/**
 * The JSON form of a diff (stable; fields are only ever added):
 *
 * <pre>
 * {
 *   "version": 1,
 *   "changed": true,
 *   "plan": [ { "scope": "Prod/Orders", "application": "Webshop", "environment": "Prod",
 *               "microservice": "Orders", "change": "changed",   // added | removed | changed
 *               "details": ["head image … → 1.2.0", "env LOG_LEVEL changed", "pods will roll"] } ],
 *   "files": { "added": [..], "changed": [..], "removed": [..] },   // paths relative to the compiled root
 *   "diff": "--- a/…"                                              // the unified diff
 * }
 * </pre>
 *
 * Absent names are null. Secret and env values never appear in the plan.
 */
public final class DiffJsonRenderer {
  private DiffJsonRenderer() {}

  public static String render(DiffReport report) {
    ObjectNode root = Json.object();
    root.put("version", 1);
    root.put("changed", report.changed());
    ArrayNode plan = root.putArray("plan");
    for (PlanEntry e : report.plan()) {
      ObjectNode entry = plan.addObject();
      entry.put("scope", e.scope());
      entry.put("application", e.application());
      entry.put("environment", e.environment());
      entry.put("microservice", e.microservice());
      entry.put("change", e.change().name().toLowerCase());
      strings(entry.putArray("details"), e.details());
    }
    ObjectNode files = root.putObject("files");
    strings(files.putArray("added"), report.files().added());
    strings(files.putArray("changed"), report.files().changed());
    strings(files.putArray("removed"), report.files().removed());
    root.put("diff", report.unifiedDiff());
    return Json.report(root);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
