package io.aigonix.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.render.OutputTree;
import io.aigonix.render.TreeWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTreeReaderTest {
  @TempDir Path tmp;

  @Test
  void aWrittenTreeReadsBackWithoutTheMarker() throws Exception {
    OutputTree tree =
        new OutputTree(
            Map.of(
                "webshop/dev/kustomization.yaml",
                    "resources: []\n".getBytes(StandardCharsets.UTF_8),
                "_gitops/flux/kustomization-webshop.yaml",
                    "kind: Kustomization\n".getBytes(StandardCharsets.UTF_8)));
    Path out = tmp.resolve("out");
    new TreeWriter().write(tree, out);
    OutputTree read = DirectoryTreeReader.read(out);
    assertThat(read).isEqualTo(tree);
    assertThat(DiffReport.between(read, tree).changed()).isFalse();
  }
}
