package io.aigonix.generate;

import java.util.List;

/**
 * What the generators produce: Kubernetes objects, each as the caller's finisher turned it ({@link
 * Generators#generate}), in output order, and the files of edge folders (SPEC §9).
 */
public record Generated<T>(List<T> objects, List<EdgeFile> edgeFiles) {
  public Generated {
    objects = List.copyOf(objects);
    edgeFiles = List.copyOf(edgeFiles);
  }
}
