package io.aigonix.generate;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/** A pure function from (part of) the model to the objects of one kind. */
@FunctionalInterface
public interface Generator<C> {
  List<HasMetadata> generate(C context);
}
