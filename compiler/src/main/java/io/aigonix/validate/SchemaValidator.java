package io.aigonix.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aigonix.diag.Diagnostic;
import io.aigonix.json.Json;
import io.aigonix.source.ParsedSource;
import io.aigonix.validate.schema.SchemaCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The adapter around networknt's JSON Schema validator: the only class that sees its types. It
 * turns each validation message into a {@link Diagnostic} placed at the offending node.
 *
 * <p>A document {@link SchemaCheck} finds conforming has no schema diagnostic, and networknt is
 * then neither built nor loaded: that is most validates, and building it was a third of their
 * start-up (issue 15). Any other document goes through networknt, built on first need, so every
 * message stays networknt's own.
 */
public final class SchemaValidator {
  public static final String SCHEMA_RESOURCE = "schemas/aigonix.schema.json";

  private final SchemaCheck check = SchemaCheck.shipped();
  private Networknt networknt;

  /** networknt's compiled schema, and the schema tree its messages are translated against. */
  private static final class Networknt {
    final JsonNode schemaNode;
    final JsonSchema schema;

    Networknt() {
      this.schemaNode = loadSchema();
      // Without preloading, a $ref's target is compiled when a document first reaches it rather
      // than all up front: a validate compiles only the parts of the schema its file uses.
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder()
              .pathType(PathType.JSON_POINTER)
              .locale(Locale.ROOT)
              .formatAssertionsEnabled(false)
              .preloadJsonSchema(false)
              .build();
      this.schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(schemaNode, config);
    }
  }

  /** The schema's text exactly as shipped (for {@code aigonix schema}). */
  public static String schemaText() {
    try (InputStream in = resource()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Diagnostic> validate(ParsedSource source) {
    if (check.check(source.root()) == SchemaCheck.Verdict.CONFORMS) {
      return List.of();
    }
    Set<ValidationMessage> messages = networknt().schema.validate(source.root());
    SchemaMessageTranslator translator =
        new SchemaMessageTranslator(source, networknt().schemaNode);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (ValidationMessage message : messages) {
      translator.translate(message).ifPresent(diagnostics::add);
    }
    return translator.withoutNoise(diagnostics);
  }

  /** networknt's messages for a document, with no evaluator in front (for the tests). */
  Set<ValidationMessage> networkntMessages(JsonNode document) {
    return networknt().schema.validate(document);
  }

  private Networknt networknt() {
    if (networknt == null) {
      networknt = new Networknt();
    }
    return networknt;
  }

  private static JsonNode loadSchema() {
    try (InputStream in = resource()) {
      return Json.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource() {
    InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("schema missing from the classpath: " + SCHEMA_RESOURCE);
    }
    return in;
  }
}
