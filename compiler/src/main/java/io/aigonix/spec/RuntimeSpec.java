package io.aigonix.spec;

import io.aigonix.spec.MicroserviceSpec.ResourcesSpec;

/**
 * {@code runtime}: an image (optionally as a native sidecar, with the event store's compatibility
 * version {@code V6}/{@code V7}, and its own resources) or the string {@code none}.
 */
public record RuntimeSpec(
    String image, Boolean nativeSidecar, String eventStoreCompatibility, ResourcesSpec resources) {
  public static final RuntimeSpec NONE = new RuntimeSpec(null, null, null, null);

  public boolean isNone() {
    return image == null;
  }
}
