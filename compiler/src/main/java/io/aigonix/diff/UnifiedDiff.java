package io.aigonix.diff;

import io.aigonix.render.OutputTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * A unified diff (3 lines of context, LF) of every added, changed and removed file, with {@code ---
 * a/path} / {@code +++ b/path} headers ({@code /dev/null} for added and removed files). JGit's
 * Myers implementation computes the edits and its DiffFormatter writes the hunks.
 */
public final class UnifiedDiff {
  private UnifiedDiff() {}

  public static String of(OutputTree before, OutputTree after, FileChanges changes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    java.util.TreeSet<String> paths = new java.util.TreeSet<>(changes.added());
    paths.addAll(changes.changed());
    paths.addAll(changes.removed());
    for (String path : paths) {
      byte[] a = before.files().get(path);
      byte[] b = after.files().get(path);
      write(
          out,
          (a == null ? "--- /dev/null" : "--- a/" + path)
              + "\n"
              + (b == null ? "+++ /dev/null" : "+++ b/" + path)
              + "\n");
      RawText oldText = new RawText(a == null ? new byte[0] : a);
      RawText newText = new RawText(b == null ? new byte[0] : b);
      if (RawText.isBinary(oldText.getRawContent()) || RawText.isBinary(newText.getRawContent())) {
        write(out, "Binary files differ\n");
        continue;
      }
      EditList edits =
          DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.MYERS)
              .diff(RawTextComparator.DEFAULT, oldText, newText);
      try (DiffFormatter formatter = new DiffFormatter(out)) {
        formatter.setContext(3);
        formatter.format(edits, oldText, newText);
        formatter.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
