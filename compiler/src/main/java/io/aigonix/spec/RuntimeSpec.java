package io.aigonix.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code runtime}: an image (optionally as a native sidecar) or the string {@code none}. */
public record RuntimeSpec(String image, Boolean nativeSidecar) {
  public static final RuntimeSpec NONE = new RuntimeSpec(null, null);

  public boolean isNone() {
    return image == null;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static RuntimeSpec of(JsonNode node) {
    if (node == null || node.isNull() || node.isTextual()) {
      return NONE;
    }
    JsonNode image = node.get("image");
    JsonNode sidecar = node.get("nativeSidecar");
    return new RuntimeSpec(image == null ? null : image.asText(),
        sidecar == null || sidecar.isNull() ? null : sidecar.asBoolean());
  }
}
