package io.aigonix.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigonix.layout.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TreeWriterTest {
  @TempDir Path temp;

  private static OutputTree tree(String... pathsAndTexts) {
    java.util.TreeMap<String, byte[]> files = new java.util.TreeMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return new OutputTree(files);
  }

  @Test
  void replacesTheWholeFolderAndRemovesStaleFiles() throws Exception {
    Path out = temp.resolve("out");
    new TreeWriter().write(tree("a/one.yaml", "1\n", "a/two.yaml", "2\n"), out);
    new TreeWriter().write(tree("a/one.yaml", "uno\n", "b/three.yaml", "3\n"), out);
    assertThat(Files.readString(out.resolve("a/one.yaml"))).isEqualTo("uno\n");
    assertThat(out.resolve("a/two.yaml")).doesNotExist();
    assertThat(out.resolve("b/three.yaml")).exists();
    assertThat(out.resolve(Layout.MARKER)).exists();
    try (Stream<Path> siblings = Files.list(temp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }

  @Test
  void writesIntoAnEmptyFolder() throws Exception {
    Path out = Files.createDirectories(temp.resolve("empty"));
    new TreeWriter().write(tree("x.yaml", "x\n"), out);
    assertThat(out.resolve("x.yaml")).exists();
  }

  @Test
  void refusesToReplaceAFolderThatIsNotAnOutput() throws Exception {
    Path src = Files.createDirectories(temp.resolve("src"));
    Files.writeString(src.resolve("Main.java"), "class Main {}");
    assertThatThrownBy(() -> new TreeWriter().write(tree("x.yaml", "x\n"), src))
        .isInstanceOf(TreeWriter.NotAnOutputFolder.class);
    assertThat(src.resolve("Main.java")).exists();
    assertThat(src.resolve("x.yaml")).doesNotExist();
  }

  @Test
  void aRewriteLinksTheFilesTheOldTreeHoldsAndWritesTheRest() throws Exception {
    Path out = temp.resolve("out");
    new TreeWriter().write(tree("a/same.yaml", "same\n", "a/changed.yaml", "old\n"), out);
    Object same = inode(out.resolve("a/same.yaml"));
    Object changed = inode(out.resolve("a/changed.yaml"));

    new TreeWriter()
        .write(tree("a/same.yaml", "same\n", "a/changed.yaml", "new\n", "b/new.yaml", "n\n"), out);

    assertThat(inode(out.resolve("a/same.yaml"))).isEqualTo(same);
    assertThat(inode(out.resolve("a/changed.yaml"))).isNotEqualTo(changed);
    assertThat(Files.readString(out.resolve("a/changed.yaml"))).isEqualTo("new\n");
    assertThat(Files.readString(out.resolve("b/new.yaml"))).isEqualTo("n\n");
    assertThat(Files.getAttribute(out.resolve("a/same.yaml"), "unix:nlink")).isEqualTo(1);
  }

  @Test
  void aFileEditedByHandOrReplacedByASymlinkIsWrittenAnew() throws Exception {
    Path out = temp.resolve("out");
    new TreeWriter().write(tree("edited.yaml", "mine\n", "link.yaml", "x: 1\n"), out);
    Files.writeString(out.resolve("edited.yaml"), "MINE\n"); // same size, other bytes
    Path elsewhere = Files.writeString(temp.resolve("elsewhere.yaml"), "x: 1\n");
    Files.delete(out.resolve("link.yaml"));
    Files.createSymbolicLink(out.resolve("link.yaml"), elsewhere);

    new TreeWriter().write(tree("edited.yaml", "mine\n", "link.yaml", "x: 1\n"), out);

    assertThat(Files.readString(out.resolve("edited.yaml"))).isEqualTo("mine\n");
    assertThat(out.resolve("link.yaml")).isRegularFile();
    assertThat(Files.isSymbolicLink(out.resolve("link.yaml"))).isFalse();
    assertThat(inode(out.resolve("link.yaml"))).isNotEqualTo(inode(elsewhere));
  }

  private static Object inode(Path file) throws Exception {
    return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
  }

  @Test
  void manyFoldersWrittenInParallelHoldEveryFileAndAFailureIsReported() throws Exception {
    java.util.TreeMap<String, byte[]> files = new java.util.TreeMap<>();
    for (int f = 0; f < 7; f++) {
      for (int i = 0; i < 50 * (f + 1); i++) {
        files.put("app/f" + f + "/file" + i + ".yaml", ("f" + f + " " + i + "\n").getBytes());
      }
    }
    Path out = temp.resolve("out");
    new TreeWriter().write(new OutputTree(files), out);
    for (var file : files.entrySet()) {
      assertThat(Files.readAllBytes(out.resolve(file.getKey()))).isEqualTo(file.getValue());
    }
    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(files.size() + 1);
    }

    // a file the writers cannot create (its name is a folder of the tree) fails the write, and
    // the old output stays as it was
    files.put("app/f3/file7.yaml/inner.yaml", "x\n".getBytes());
    assertThatThrownBy(() -> new TreeWriter().write(new OutputTree(files), out))
        .isInstanceOf(java.io.IOException.class);
    assertThat(Files.readString(out.resolve("app/f3/file7.yaml"))).isEqualTo("f3 7\n");
    try (Stream<Path> siblings = Files.list(temp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }

  interface Deleter {
    void delete(Path root) throws IOException;
  }

  static Stream<Arguments> deleters() {
    return Stream.of(
        Arguments.of("one thread", (Deleter) TreeWriter::deleteRecursively),
        Arguments.of("a deleter per core", (Deleter) TreeDeleter::delete));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deleters")
  void deletingATreeRemovesEverythingInItAndFollowsNoLink(
      String name, Deleter deleter, @TempDir Path dir) throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("keep.yaml"), "kept");
    Path tree = Files.createDirectories(dir.resolve("tree/a/b/c"));
    Files.writeString(tree.resolve("deep.yaml"), "x");
    Files.createDirectories(dir.resolve("tree/empty"));
    Files.writeString(dir.resolve("tree/a/top.yaml"), "y");
    Files.createSymbolicLink(dir.resolve("tree/a/folder-link"), outside);
    Files.createSymbolicLink(dir.resolve("tree/file-link"), outside.resolve("keep.yaml"));
    Files.createSymbolicLink(dir.resolve("tree/dangling"), dir.resolve("nowhere"));

    for (int i = 0; i < 40; i++) { // enough folders for both deleters to have some
      Files.writeString(Files.createDirectories(dir.resolve("tree/many/f" + i)).resolve("x"), "z");
    }

    deleter.delete(dir.resolve("tree"));

    assertThat(dir.resolve("tree")).doesNotExist();
    assertThat(outside.resolve("keep.yaml")).hasContent("kept");
    assertThatThrownBy(() -> deleter.delete(dir.resolve("tree")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }
}
