package io.aigonix.seal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.aigonix.source.LoadResult;
import io.aigonix.source.ParsedSource;
import io.aigonix.source.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

/**
 * Writes a sealed value into aigonix.yaml: edits the text at the spans the reader recorded ({@link
 * YamlEditor}), re-reads the result and checks that it is the old document plus exactly that value,
 * then replaces the file atomically (a temporary file in the same folder, moved over the original,
 * with the original's permissions). Only ciphertext is ever written, to the file or to the
 * temporary file.
 */
public final class SecretWriter {
  private final YamlReader reader;

  /**
   * @param reader the aigonix.yaml reader; it must record spans ({@link YamlReader.Detail#SPANS},
   *     the default)
   */
  public SecretWriter(YamlReader reader) {
    this.reader = reader;
  }

  /** The edited text; throws if the edit would change anything but the value at {@code path}. */
  public String edit(String text, String displayName, List<String> path, String value, String what)
      throws SealingException {
    ParsedSource before = parse(text, displayName, "the file");
    String edited = YamlEditor.set(before, path, value, what);
    JsonNode after = parse(edited, displayName, "the edited file").root();
    JsonNode expected = withValue(before.root(), path, value, what);
    if (!expected.equals(after)) {
      throw new SealingException(
          "cannot write "
              + what
              + " safely: the edit would change other values of "
              + displayName
              + "; write it by hand (the ciphertext was printed instead)");
    }
    return edited;
  }

  /** Edits {@code file} in place, atomically. */
  public void write(Path file, String displayName, List<String> path, String value, String what)
      throws IOException, SealingException {
    Path real = file.toRealPath(); // a symlinked aigonix.yaml is edited where it really is
    String text = Files.readString(real, StandardCharsets.UTF_8);
    String edited = edit(text, displayName, path, value, what);
    replaceAtomically(real, edited.getBytes(StandardCharsets.UTF_8));
  }

  public static void replaceAtomically(Path file, byte[] content) throws IOException {
    Path dir = file.getParent();
    Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      Files.write(temp, content);
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (posix != null) {
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        Files.setPosixFilePermissions(temp, permissions);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private ParsedSource parse(String text, String displayName, String what) throws SealingException {
    LoadResult result = reader.parse(Path.of(displayName), displayName, text);
    if (result.hasErrors() || result.source().isEmpty()) {
      String first =
          result.diagnostics().isEmpty() ? "" : ": " + result.diagnostics().get(0).message();
      throw new SealingException(what + " " + displayName + " cannot be read as YAML" + first);
    }
    return result.source().get();
  }

  private static JsonNode withValue(JsonNode root, List<String> path, String value, String what)
      throws SealingException {
    JsonNode copy = root.deepCopy();
    JsonNode node = copy;
    for (int i = 0; i < path.size() - 1; i++) {
      if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
        node = array.get(Integer.parseInt(path.get(i)));
        continue;
      }
      if (!(node instanceof ObjectNode object)) {
        throw new SealingException(
            "cannot write "
                + what
                + ": '"
                + String.join(".", path.subList(0, i))
                + "' is not a mapping");
      }
      JsonNode next = object.get(path.get(i));
      if (next == null || next.isNull()) {
        next = object.putObject(path.get(i));
      }
      node = next;
    }
    if (!(node instanceof ObjectNode object)) {
      throw new SealingException("cannot write " + what + ": its parent is not a mapping");
    }
    object.set(path.get(path.size() - 1), TextNode.valueOf(value));
    return copy;
  }
}
