package io.aigonix.spec;

/** {@code runtime}: an image (optionally as a native sidecar) or the string {@code none}. */
public record RuntimeSpec(String image, Boolean nativeSidecar) {
  public static final RuntimeSpec NONE = new RuntimeSpec(null, null);

  public boolean isNone() {
    return image == null;
  }
}
