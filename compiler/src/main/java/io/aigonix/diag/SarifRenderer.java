package io.aigonix.diag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.json.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * SARIF 2.1.0 for code-scanning UIs: one rule per code of the catalogue, one result per diagnostic.
 */
public final class SarifRenderer {
  private final String toolVersion;
  private final Explanations explanations = new Explanations();

  public SarifRenderer(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  public String render(List<Diagnostic> diagnostics) {
    ObjectNode root = Json.object();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "aigonix");
    driver.put("version", toolVersion);
    driver.put("informationUri", "https://aigonix.io");
    ArrayNode rules = driver.putArray("rules");
    for (Code code : Code.values()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", code.id());
      rule.put("name", ruleName(code));
      rule.putObject("shortDescription").put("text", code.title());
      rule.putObject("fullDescription").put("text", code.description());
      rule.putObject("defaultConfiguration").put("level", level(code.defaultSeverity()));
      ObjectNode help = rule.putObject("help");
      help.put(
          "text",
          code.description()
              + " Run `aigonix explain "
              + code.id()
              + "` for why and a fixed example.");
      explanations.markdown(code).ifPresent(markdown -> help.put("markdown", markdown));
    }
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.code().id());
      result.put("ruleIndex", d.code().ordinal());
      result.put("level", level(d.severity()));
      String text = d.message() + (d.hint().isEmpty() ? "" : " (hint: " + d.hint() + ")");
      result.putObject("message").put("text", text);
      ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(d.file()));
      ObjectNode region = physical.putObject("region");
      region.put("startLine", d.line());
      region.put("startColumn", d.column());
    }
    return Json.report(root);
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /** PascalCase of the title, e.g. "UnknownProperty". */
  private static String ruleName(Code code) {
    StringBuilder name = new StringBuilder();
    for (String word : code.title().split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return name.toString();
  }

  /** A relative URI reference with forward slashes and percent-encoding where needed. */
  private static String uri(String file) {
    String path = file.replace('\\', '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}
