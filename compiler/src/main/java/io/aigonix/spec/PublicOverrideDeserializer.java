package io.aigonix.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import io.aigonix.spec.MicroserviceSpec.PublicSpec;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code environments.<Env>.public}: absent → null (not overridden), {@code null} → Optional.empty()
 * (not public there), an object → that path. Jackson's Optional support maps absent to empty too, which
 * would make every microservice with an environments entry private.
 */
final class PublicOverrideDeserializer extends JsonDeserializer<Optional<PublicSpec>> {
  @Override
  public Optional<PublicSpec> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Optional.of(ctxt.readValue(p, PublicSpec.class));
  }

  @Override
  public Optional<PublicSpec> getNullValue(DeserializationContext ctxt) {
    return Optional.empty();
  }

  @Override
  public Object getAbsentValue(DeserializationContext ctxt) {
    return null;
  }
}
