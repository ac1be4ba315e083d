package io.aigonix.spec;

import io.aigonix.spec.MicroserviceSpec.ResourcesSpec;

/**
 * {@code runtime}: an image (optionally as a native sidecar, with its own resources) or the string
 * {@code none}.
 */
public record RuntimeSpec(String image, Boolean nativeSidecar, ResourcesSpec resources) {
  public static final RuntimeSpec NONE = new RuntimeSpec(null, null, null);

  public boolean isNone() {
    return image == null;
  }
}
