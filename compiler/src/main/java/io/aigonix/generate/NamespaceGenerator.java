package io.aigonix.generate;

import io.aigonix.model.Environment;
import io.aigonix.model.SecurityProfile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.List;
import java.util.SortedMap;

/**
 * The application's namespace {@code application-<id>}. When a {@code securityProfile} is written for
 * any of its environments (SPEC §12) it carries {@code pod-security.kubernetes.io/enforce}: the weakest
 * profile of the application's environments, an unset one counting as baseline, so that no
 * environment's pods are refused. The namespace folder is one for all clusters, so the weakest is taken
 * over every environment of the application, which is never stricter than the weakest on any one
 * cluster. Without a profile anywhere the namespace is v1's, with no label.
 */
final class NamespaceGenerator implements Generator<AppContext> {
  static final String ENFORCE = "pod-security.kubernetes.io/enforce";

  @Override
  public List<HasMetadata> generate(AppContext c) {
    SortedMap<String, String> labels = Labels.of(c);
    List<Environment> envs = c.app().environments();
    if (envs.stream().anyMatch(e -> e.securityProfile().isPresent())) {
      labels.put(ENFORCE, SecurityProfile.weakest(
          envs.stream().map(e -> e.securityProfile().orElse(SecurityProfile.BASELINE)).toList()).label());
    }
    return List.of(new NamespaceBuilder()
        .withMetadata(Meta.of(c.app().namespace(), null, labels, Labels.annotations(c)))
        .build());
  }
}
