package io.aigonix.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/** Binds a schema-valid tree to {@link AigonixSpec}. A failure here is a bug: the schema let it through. */
public final class SpecBinder {
  private final ObjectMapper mapper = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  public AigonixSpec bind(JsonNode root) {
    try {
      return mapper.treeToValue(root, AigonixSpec.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("schema-valid input failed to bind: " + e.getOriginalMessage(), e);
    }
  }
}
