package io.aigonix.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigonix.layout.Folder;
import java.util.List;

/**
 * A file of an edge folder (SPEC §9), which holds ioFog documents, not Kubernetes objects: YAML
 * documents the renderer writes as one stream, or a config file's bytes as they are. {@code file}
 * is relative to the folder, as {@link io.aigonix.layout.Layout} names it.
 */
public sealed interface EdgeFile {
  Folder.Edge folder();

  String file();

  /** {@code application.yaml} or {@code volumes.yaml}: iofog.org/v3 documents in this order. */
  record Documents(Folder.Edge folder, String file, List<JsonNode> documents) implements EdgeFile {
    public Documents {
      documents = List.copyOf(documents);
    }
  }

  /** {@code files/<ms>/<name>}: a config file, byte for byte (binary files included). */
  record Raw(Folder.Edge folder, String file, byte[] bytes) implements EdgeFile {
    public Raw {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }
}
