package io.aigonix.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.TestSupport;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The recipes under docs/recipes/ work as written, as far as they can run here. */
class RecipesTest {

  @Test
  void theArgoCdPluginsGenerateCommandStreamsTheManifests() throws Exception {
    Map<?, ?> plugin =
        new Yaml(new LoaderOptions())
            .load(
                Files.readString(
                    TestSupport.root().resolve("docs/recipes/argocd-cmp-plugin.yaml")));
    Map<?, ?> spec = (Map<?, ?>) plugin.get("spec");
    List<?> command = (List<?>) ((Map<?, ?>) spec.get("generate")).get("command");
    assertThat(command.get(0)).isEqualTo("aigonix");
    assertThat(((Map<?, ?>) spec.get("discover")).get("fileName")).isEqualTo("aigonix.yaml");

    // Argo CD runs generate in the application's folder, the one discover found aigonix.yaml in
    String[] args =
        command.subList(1, command.size()).stream().map(Object::toString).toArray(String[]::new);
    TestSupport.Run run = TestSupport.cli(TestSupport.root().resolve("samples/webshop"), args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            TestSupport.cli(
                    TestSupport.root(), "compile", "-f", "samples/webshop/aigonix.yaml", "-o", "-")
                .out());
    assertThat(run.out()).startsWith("---\n# Source: ");
  }
}
