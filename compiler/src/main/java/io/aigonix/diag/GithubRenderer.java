package io.aigonix.diag;

import java.util.List;

/** GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=AGX…::message}. */
public final class GithubRenderer {

  public String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      String message = d.message() + (d.hint().isEmpty() ? "" : "\n" + "hint: " + d.hint());
      out.append("::")
          .append(d.isError() ? "error" : "warning")
          .append(" file=")
          .append(property(d.file()))
          .append(",line=")
          .append(d.line())
          .append(",col=")
          .append(d.column())
          .append(",title=")
          .append(property(d.code().id() + " " + d.code().title()))
          .append("::")
          .append(data(message))
          .append('\n');
    }
    return out.toString();
  }

  // Escaping as in @actions/core: data escapes % CR LF, properties also ':' and ','.
  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
