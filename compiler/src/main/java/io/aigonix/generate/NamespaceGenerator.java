package io.aigonix.generate;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.List;

/** The application's namespace {@code application-<id>}. */
final class NamespaceGenerator implements Generator<AppContext> {
  @Override
  public List<HasMetadata> generate(AppContext c) {
    return List.of(new NamespaceBuilder()
        .withMetadata(Meta.of(c.app().namespace(), null, Labels.of(c), Labels.annotations(c)))
        .build());
  }
}
