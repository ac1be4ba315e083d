package io.aigonix.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The long explanation of each code, for {@code aigonix explain} and SARIF rule help: what it
 * means, why it matters and a fixed example, as Markdown in {@code explain/<code>.md} on the
 * classpath (one file per code; a test fails when a code has none).
 */
public final class Explanations {

  /** The code with this id (any case), if there is one. */
  public static Optional<Code> code(String id) {
    String wanted = id.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(Code.values()).filter(c -> c.id().equals(wanted)).findFirst();
  }

  /** The Markdown explanation of {@code code}; empty when the catalogue lacks one. */
  public Optional<String> markdown(Code code) {
    try (InputStream in = Explanations.class.getResourceAsStream("/explain/" + code.id() + ".md")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code aigonix explain} prints: a title line, then the explanation. */
  public String text(Code code) {
    return code.id()
        + ": "
        + code.title()
        + " ("
        + code.defaultSeverity().word()
        + ")\n\n"
        + markdown(code).orElse(code.description() + "\n");
  }
}
