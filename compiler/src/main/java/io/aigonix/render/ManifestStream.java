package io.aigonix.render;

import io.aigonix.layout.Layout;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An {@link OutputTree} as one multi-document YAML stream ({@code compile -o -}): the manifests in
 * path order, each after a {@code # Source: <path>} comment, for {@code kubectl apply -f -}, an
 * Argo CD Config Management Plugin or a Kargo step. The kustomization.yaml files are left out: they
 * describe the layout to Kustomize, they are not objects a cluster can take.
 */
public final class ManifestStream {
  private ManifestStream() {}

  public static String of(OutputTree tree) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, byte[]> file : tree.files().entrySet()) {
      if (Layout.isKustomization(file.getKey())) {
        continue;
      }
      String text = new String(file.getValue(), StandardCharsets.UTF_8);
      if (text.startsWith("---\n")) {
        text = text.substring(4);
      }
      out.append("---\n# Source: ").append(file.getKey()).append('\n').append(text);
      if (!text.isEmpty() && !text.endsWith("\n")) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
