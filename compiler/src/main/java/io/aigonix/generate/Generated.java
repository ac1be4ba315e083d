package io.aigonix.generate;

import java.util.List;

/** What the generators produce: Kubernetes objects and the files of edge folders (SPEC §9). */
public record Generated(List<Placed> objects, List<EdgeFile> edgeFiles) {
  public Generated {
    objects = List.copyOf(objects);
    edgeFiles = List.copyOf(edgeFiles);
  }
}
