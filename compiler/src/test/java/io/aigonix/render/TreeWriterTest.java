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

  @Test
  void aFolderTheOldTreeHoldsWholeIsMovedAndAChangedOneHasItsFilesLinked() throws Exception {
    Path out = temp.resolve("out");
    OutputTree before =
        tree("a/one.yaml", "1\n", "a/two.yaml", "2\n", "b/three.yaml", "3\n", "top.yaml", "t\n");
    new TreeWriter().write(before, out);
    Object folderA = inode(out.resolve("a"));
    Object folderB = inode(out.resolve("b"));
    Object one = inode(out.resolve("a/one.yaml"));
    Object three = inode(out.resolve("b/three.yaml"));

    new TreeWriter()
        .write(
            tree(
                "a/one.yaml",
                "1\n",
                "a/two.yaml",
                "II\n",
                "b/three.yaml",
                "3\n",
                "top.yaml",
                "t\n"),
            out);

    assertThat(inode(out.resolve("b"))).as("b moved whole").isEqualTo(folderB);
    assertThat(inode(out.resolve("b/three.yaml"))).isEqualTo(three);
    assertThat(inode(out.resolve("a"))).as("a changed: a new folder").isNotEqualTo(folderA);
    assertThat(inode(out.resolve("a/one.yaml"))).as("linked").isEqualTo(one);
    assertThat(out.resolve("a/two.yaml")).hasContent("II\n");
    assertThat(Files.getAttribute(out.resolve("b/three.yaml"), "unix:nlink")).isEqualTo(1);
    assertThat(Files.getAttribute(out.resolve("a/one.yaml"), "unix:nlink")).isEqualTo(1);
    try (Stream<Path> siblings = Files.list(temp)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }

  @Test
  void aFolderWithAnythingTheNewTreeLacksIsNotMovedSoNothingStaleSurvives() throws Exception {
    Path out = temp.resolve("out");
    OutputTree files = tree("a/one.yaml", "1\n", "b/two.yaml", "2\n", "c/three.yaml", "3\n");
    new TreeWriter().write(files, out);
    Files.writeString(out.resolve("a/stale.yaml"), "left by hand\n");
    Files.createDirectories(out.resolve("b/extra")).resolve("x.yaml").toFile().createNewFile();
    Object folderC = inode(out.resolve("c"));

    new TreeWriter().write(files, out);

    assertThat(out.resolve("a/stale.yaml")).doesNotExist();
    assertThat(out.resolve("b/extra")).doesNotExist();
    assertThat(out.resolve("a/one.yaml")).hasContent("1\n");
    assertThat(out.resolve("b/two.yaml")).hasContent("2\n");
    assertThat(inode(out.resolve("c"))).isEqualTo(folderC);
  }

  @Test
  void aFolderReachedThroughASymlinkIsNeitherMovedNorTouched() throws Exception {
    Path out = temp.resolve("out");
    OutputTree files = tree("a/one.yaml", "1\n", "a/b/two.yaml", "2\n");
    new TreeWriter().write(files, out);
    // a/ replaced by a link to a folder outside that holds the same files
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.writeString(outside.resolve("one.yaml"), "1\n");
    Files.writeString(Files.createDirectories(outside.resolve("b")).resolve("two.yaml"), "2\n");
    TreeWriter.deleteRecursively(out.resolve("a"));
    Files.createSymbolicLink(out.resolve("a"), outside);

    new TreeWriter().write(files, out);

    assertThat(Files.isSymbolicLink(out.resolve("a"))).isFalse();
    assertThat(out.resolve("a/b/two.yaml")).hasContent("2\n");
    assertThat(outside.resolve("b/two.yaml")).as("left where it was").hasContent("2\n");
    assertThat(outside.resolve("one.yaml")).hasContent("1\n");
  }

  /**
   * A folder the kernel will not rename (here: immutable, which stops even root) makes the writer
   * put back what it moved and link that folder's files one by one; the new tree is complete. The
   * old tree's immutable folder then cannot be deleted either, which is reported.
   */
  @Test
  void aFolderThatCannotBeRenamedIsPutBackAndItsFilesLinkedInstead() throws Exception {
    Path out = temp.resolve("out");
    OutputTree files = tree("a/one.yaml", "1\n", "b/two.yaml", "2\n", "c/three.yaml", "3\n");
    new TreeWriter().write(files, out);
    Object one = inode(out.resolve("a/one.yaml"));
    Object two = inode(out.resolve("b/two.yaml"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        chattr("+i", out.resolve("b")),
        "skipped: needs chattr and a file system with the immutable flag (as root), to make a"
            + " folder the kernel refuses to rename; it would check that the writer then puts back"
            + " what it moved and links the files instead");
    try {
      assertThatThrownBy(() -> new TreeWriter().write(files, out))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("two.yaml");
      assertThat(out.resolve("a/one.yaml")).hasContent("1\n");
      assertThat(inode(out.resolve("a/one.yaml"))).isEqualTo(one);
      assertThat(inode(out.resolve("b/two.yaml"))).as("linked, not moved").isEqualTo(two);
      assertThat(out.resolve("c/three.yaml")).hasContent("3\n");
      assertThat(out.resolve(Layout.MARKER)).exists();
    } finally {
      try (Stream<Path> all = Files.walk(temp)) {
        all.filter(p -> p.getFileName().toString().equals("b")).forEach(p -> chattr("-i", p));
      }
    }
  }

  private static boolean chattr(String flag, Path path) {
    try {
      Process p =
          new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
