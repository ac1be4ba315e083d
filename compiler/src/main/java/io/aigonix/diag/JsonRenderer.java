package io.aigonix.diag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.json.Json;
import java.util.List;

/**
 * The stable JSON shape of {@code --format json}: {@code
 * {"version":1,"errors":N,"warnings":N,"diagnostics":[{code,severity,message,file,line,column,pointer,hint}]}}.
 * Fields are only ever added, never renamed.
 */
public final class JsonRenderer {
  public String render(List<Diagnostic> diagnostics) {
    ObjectNode root = Json.object();
    root.put("version", 1);
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    root.put("errors", errors);
    root.put("warnings", diagnostics.size() - errors);
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      ObjectNode o = list.addObject();
      o.put("code", d.code().id());
      o.put("severity", d.severity().word());
      o.put("message", d.message());
      o.put("file", d.file());
      o.put("line", d.line());
      o.put("column", d.column());
      o.put("pointer", d.pointer());
      o.put("hint", d.hint());
    }
    return Json.report(root);
  }
}
