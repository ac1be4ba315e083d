package io.aigonix.validate;

import io.aigonix.diag.SourceLines;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.ScalarExtents;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lines of a source as text diagnostics may quote them. Safe by construction: every scalar
 * value on a quoted line is replaced by {@code <redacted>} unless it sits where the schema has no
 * room for a secret ({@link Allowed#SAFE}: names, ids, images, ports, paths, …), and comments are
 * hidden too. So a secret shows neither under an unknown key, behind an anchor, in a duplicate, in
 * flow style, nor in a config file's content; keys stay visible. Lines are split and scanned once,
 * on the first quote.
 */
public final class SecretLines implements SourceLines {
  static final String HIDDEN = "<redacted>";

  /**
   * The allow-list, in a holder of its own: compiling it is a start-up cost, and only a quoted line
   * or a schema message needs it.
   */
  private static final class Allowed {
    /** Values that may be shown: '#' stands for a list index, '*' for any key. */
    static final Pattern SAFE =
        allowList(
            "/\\$schema",
            "/apiVersion",
            "/customer/(name|id|securityProfile)",
            "/gitops/path",
            "/gitops/clusters/*/(sync|argocd/server)",
            "/lint/ignore/#",
            "/gitops/flux/(enabled|interval|sourceRef/(kind|name|namespace))",
            "/gitops/argocd/(enabled|project|targetRevision|namespace|destinationServer)",
            "/applications/#/(name|objectName|id|registry/server|securityProfile)",
            // SPEC §8: a store reference names a key in the store, not a secret, and the store is a
            // name
            "/applications/#/(environments/#/)?secretStore/(name|kind|refreshInterval|keyPrefix|rolloutOnRotation)",
            "/applications/#/registry/dockerConfigJson/(ref|property|version)",
            "/applications/#/microservices/#/secretEnv/*/*/(ref|property|version)",
            "/applications/#/environments/#/(name|objectName|production|tenants/#/id|tenants/#/hosts/#/(host|secretName)"
                + "|ingress/(className|clusterIssuer)|mongo/(image|storage|storageClass)|securityProfile|cluster"
                // SPEC §9: an ioFog agent is named like a cluster, by the name the Controller knows
                + "|edge/agents/#)",
            "/applications/#/microservices/#/environments/*/agent",
            "/applications/#/microservices/#/(name|objectName|id)",
            "/applications/#/microservices/#/(environments/*/)?(head/(image|port"
                + "|probes/(liveness|readiness|startup)/(path|port|tcp|initialDelaySeconds|periodSeconds|timeoutSeconds"
                + "|failureThreshold))"
                + "|runtime|runtime/(image|nativeSidecar|eventStoreCompatibility)|runtime/resources/(requests|limits)/(cpu|memory)"
                + "|public/(path|pathType)|replicas|serviceAccountName"
                + "|autoscaling/(minReplicas|maxReplicas|cpu|memory)"
                + "|resources/(requests|limits)/(cpu|memory)|configFiles/*/file)",
            "/applications/#/microservices/#/eventHorizons/#/(producer/(microservice|application)|scope|stream|partition)");

    private Allowed() {}
  }

  private final ParsedSource source;
  private final Map<Integer, Quote> quoted = new HashMap<>();
  private List<int[]> lines;
  private ScalarExtents extents;

  public SecretLines(ParsedSource source) {
    this.source = source;
  }

  @Override
  public String line(String file, int line) {
    return file.equals(source.displayName()) ? quote(line).text : "";
  }

  @Override
  public int column(String file, int line, int column) {
    return file.equals(source.displayName()) ? quote(line).column(column) : column;
  }

  /** Whether a value at {@code pointer} may be quoted. */
  public static boolean isSafe(String pointer) {
    return Allowed.SAFE.matcher(pointer).matches();
  }

  private Quote quote(int line) {
    if (lines == null) {
      lines = splitLines(source.text());
      extents = source.scalarExtents();
    }
    return quoted.computeIfAbsent(line, this::build);
  }

  private Quote build(int line) {
    if (line < 1 || line > lines.size()) {
      return new Quote("", List.of());
    }
    int[] cps = lines.get(line - 1);
    List<Replacement> hide = new ArrayList<>();
    if (line > extents.coveredLines()) {
      hide.add(new Replacement(indent(cps, 0), cps.length, HIDDEN));
    } else {
      List<ScalarExtents.Extent> on = extents.on(line);
      for (ScalarExtents.Extent e : on) {
        if (!e.key() && !isSafe(e.pointer())) {
          int end = Math.min(e.end(), cps.length);
          int start = e.start() == 0 ? indent(cps, 0) : e.start();
          if (start < end) {
            hide.add(new Replacement(start, end, HIDDEN));
          }
        }
      }
      int comment = commentStart(cps, on);
      if (comment >= 0) {
        hide.add(new Replacement(comment, cps.length, "# " + HIDDEN));
      }
    }
    hide.sort(Comparator.comparingInt(Replacement::start));
    StringBuilder text = new StringBuilder();
    int at = 0;
    for (Replacement r : hide) {
      appendCodePoints(text, cps, at, r.start);
      text.append(r.text);
      at = r.end;
    }
    appendCodePoints(text, cps, at, cps.length);
    return new Quote(text.toString(), hide);
  }

  /** A '#' after a blank (or first on the line) outside every scalar starts a comment. */
  private static int commentStart(int[] cps, List<ScalarExtents.Extent> on) {
    boolean[] inScalar = new boolean[cps.length];
    for (ScalarExtents.Extent e : on) {
      java.util.Arrays.fill(
          inScalar, Math.min(e.start(), cps.length), Math.min(e.end(), cps.length), true);
    }
    for (int i = 0; i < cps.length; i++) {
      if (cps[i] == '#' && !inScalar[i] && (i == 0 || cps[i - 1] == ' ' || cps[i - 1] == '\t')) {
        return i;
      }
    }
    return -1;
  }

  private static int indent(int[] cps, int from) {
    int i = from;
    while (i < cps.length && (cps[i] == ' ' || cps[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static void appendCodePoints(StringBuilder out, int[] cps, int from, int to) {
    for (int i = from; i < to; i++) {
      out.appendCodePoint(cps[i]);
    }
  }

  /**
   * Lines as the YAML reader counts them (so diagnostics' line numbers match): NEL, LS and PS too.
   */
  private static List<int[]> splitLines(String text) {
    List<int[]> result = new ArrayList<>();
    int[] cps = text.codePoints().toArray();
    int start = 0;
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
        result.add(java.util.Arrays.copyOfRange(cps, start, i));
        if (c == '\r' && i + 1 < cps.length && cps[i + 1] == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < cps.length) {
      result.add(java.util.Arrays.copyOfRange(cps, start, cps.length));
    }
    return result;
  }

  private static Pattern allowList(String... patterns) {
    return Pattern.compile(String.join("|", patterns).replace("#", "\\d+").replace("*", "[^/]+"));
  }

  private record Replacement(int start, int end, String text) {}

  /**
   * A quoted line and the replacements (sorted, not overlapping) that moved its columns; a column
   * is found by binary search over prefix sums, as one line may hold thousands of values.
   */
  private static final class Quote {
    final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] shiftAfter; // total shift of replacements 0..i

    Quote(String text, List<Replacement> replaced) {
      this.text = text;
      starts = new int[replaced.size()];
      ends = new int[replaced.size()];
      shiftAfter = new int[replaced.size()];
      int shift = 0;
      for (int i = 0; i < replaced.size(); i++) {
        Replacement r = replaced.get(i);
        starts[i] = r.start;
        ends[i] = r.end;
        shift += r.text.length() - (r.end - r.start);
        shiftAfter[i] = shift;
      }
    }

    int column(int column) {
      int c = column - 1;
      int i = java.util.Arrays.binarySearch(starts, c);
      int before = i >= 0 ? i : -i - 2; // the last replacement starting at or before c
      if (before < 0) {
        return column;
      }
      int shiftBefore = before == 0 ? 0 : shiftAfter[before - 1];
      return c < ends[before] ? starts[before] + shiftBefore + 1 : c + shiftAfter[before] + 1;
    }
  }
}
