package io.aigonix.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigonix.model.Model;
import io.aigonix.model.ModelBuilder;
import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.SpecBinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The confined reader of config files, called directly as the model builder calls it: each read
 * checks the path again, so what changed after validation (or was never validated) cannot leave the
 * project.
 */
class ProjectFilesTest {
  private static final String YAML =
      """
      apiVersion: aigonix/v1
      customer:
        name: Acme
      applications:
        - name: Shop
          environments:
            - name: Dev
          microservices:
            - name: Web
              head:
                image: nginx:1.27
              runtime: none
              configFiles:
                app.json: { file: config/app.json }
      """;

  @TempDir Path temp;
  private Path project;
  private Path outside;

  @BeforeEach
  void layout() throws IOException {
    project = Files.createDirectories(temp.resolve("project"));
    Files.createDirectories(project.resolve("config"));
    Files.writeString(project.resolve("config/app.json"), "{\"inside\": true}\n");
    Files.writeString(project.resolve("aigonix.yaml"), YAML);
    outside = Files.createDirectories(temp.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "not yours\n");
  }

  @Test
  void readsAFileInsideTheProject() throws IOException {
    assertThat(new ProjectFiles(project).read("config/app.json"))
        .isEqualTo("{\"inside\": true}\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsASymlinkThatStaysInsideTheProject() throws IOException {
    Files.createSymbolicLink(project.resolve("config/link.json"), Path.of("app.json"));

    assertThat(new ProjectFiles(project).read("config/link.json"))
        .isEqualTo("{\"inside\": true}\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesAnAbsolutePath() {
    String absolute = outside.resolve("secret.txt").toString();

    assertThatThrownBy(() -> new ProjectFiles(project).read(absolute))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is an absolute path");
  }

  @Test
  void refusesDotDotEscapes() {
    ProjectFiles files = new ProjectFiles(project);

    assertThatThrownBy(() -> files.read("../outside/secret.txt"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("points outside the project folder");
    assertThatThrownBy(() -> files.read("config/../../outside/secret.txt"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("points outside the project folder");
  }

  @Test
  void refusesAFileSwappedForASymlinkToOutsideAfterValidation() throws IOException {
    ProjectFiles files = validated();
    linkConfigFileOutside();

    assertRefusedAsOutside(files);
  }

  @Test
  void refusesAFolderSwappedForASymlinkToOutsideAfterValidation() throws IOException {
    ProjectFiles files = validated();
    Files.delete(project.resolve("config/app.json"));
    Files.delete(project.resolve("config"));
    Files.createSymbolicLink(project.resolve("config"), outside);
    Files.writeString(outside.resolve("app.json"), "{\"outside\": true}\n");

    assertRefusedAsOutside(files);
  }

  @Test
  void refusesWhatIsNotARegularFile() {
    assertThatThrownBy(() -> new ProjectFiles(project).read("config"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not a regular file");
  }

  @Test
  void theModelBuilderReadsConfigFilesThroughIt() {
    Model model = new ModelBuilder(new ProjectFiles(project)).build(spec());

    byte[] bytes =
        model
            .applications()
            .get(0)
            .environments()
            .get(0)
            .microservices()
            .get(0)
            .configFiles()
            .get("app.json")
            .bytes();
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"inside\": true}\n");
  }

  @Test
  void theModelBuilderCalledWithoutValidationCannotReadOutside() throws IOException {
    AigonixSpec spec = spec();
    linkConfigFileOutside();

    assertThatThrownBy(() -> new ModelBuilder(new ProjectFiles(project)).build(spec))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage(
            "config file 'config/app.json' resolves through a symlink to outside the project folder");
  }

  /** The reader after the checks validation makes passed on config/app.json. */
  private ProjectFiles validated() {
    ProjectFiles files = new ProjectFiles(project);
    assertThat(files.escape("config/app.json")).isEmpty();
    assertThat(files.unreadable("config/app.json")).isEmpty();
    return files;
  }

  /** Replaces config/app.json by a symlink to a file outside the project. */
  private void linkConfigFileOutside() throws IOException {
    Files.delete(project.resolve("config/app.json"));
    Files.createSymbolicLink(project.resolve("config/app.json"), outside.resolve("secret.txt"));
  }

  private static void assertRefusedAsOutside(ProjectFiles files) {
    assertThatThrownBy(() -> files.read("config/app.json"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("symlink to outside the project folder");
  }

  /** The spec bound straight from the YAML, without the front end's checks. */
  private AigonixSpec spec() {
    LoadResult loaded =
        new YamlReader().parse(project.resolve("aigonix.yaml"), "aigonix.yaml", YAML);
    return new SpecBinder().bind(loaded.source().orElseThrow().root());
  }
}
