package io.aigonix.generate;

import io.aigonix.model.SecurityProfile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.List;
import java.util.SortedMap;

/**
 * The application's namespace {@code application-<id>}. When a {@code securityProfile} is written
 * for any of its environments (SPEC §12) it carries {@code pod-security.kubernetes.io/enforce} with
 * the weakest profile of the application's environments ({@link SecurityProfile#enforced}). The
 * namespace's folder is one for every cluster; a cluster whose environments are all stricter gets
 * its own value by a patch in its GitOps object ({@link GitopsTarget#enforce}). Without a profile
 * anywhere the namespace is v1's, with no label.
 */
final class NamespaceGenerator implements Generator<AppContext> {
  static final String ENFORCE = "pod-security.kubernetes.io/enforce";

  @Override
  public List<HasMetadata> generate(AppContext c) {
    SortedMap<String, String> labels = Labels.of(c);
    SecurityProfile.enforced(c.app().environments()).ifPresent(p -> labels.put(ENFORCE, p.label()));
    return List.of(
        new NamespaceBuilder()
            .withMetadata(Meta.of(c.app().namespace(), null, labels, Labels.annotations(c)))
            .build());
  }
}
