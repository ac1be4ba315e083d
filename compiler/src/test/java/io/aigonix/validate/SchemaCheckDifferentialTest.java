package io.aigonix.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import io.aigonix.TestSupport;
import io.aigonix.source.LoadResult;
import io.aigonix.source.YamlReader;
import io.aigonix.validate.schema.SchemaCheck;
import io.aigonix.validate.schema.SchemaCheck.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SchemaCheck}'s verdict against the real networknt, on every YAML file under samples/ and
 * golden-tests/ (the inputs, valid and invalid, and the manifests, which are no aigonix files).
 */
class SchemaCheckDifferentialTest {
  static final SchemaCheck CHECK = SchemaCheck.shipped();
  static final SchemaValidator NETWORKNT = new SchemaValidator();

  /**
   * Asserts the verdict is networknt's and returns it. Where networknt throws (a double NaN or
   * infinity in an enum, which no YAML file gives: the reader makes decimals), the verdict must not
   * be "conforms", so that the throw stays what it is today.
   */
  static Verdict agrees(JsonNode document, String what) {
    Verdict verdict = CHECK.check(document);
    Set<ValidationMessage> messages;
    try {
      messages = NETWORKNT.networkntMessages(document);
    } catch (RuntimeException e) {
      assertThat(verdict)
          .as("the verdict where networknt throws " + e + ": " + what)
          .isNotEqualTo(Verdict.CONFORMS);
      return verdict;
    }
    if (verdict == Verdict.CONFORMS) {
      assertThat(messages)
          .as("networknt's messages for a document found conforming: " + what)
          .isEmpty();
    } else if (verdict == Verdict.FAILS) {
      assertThat(messages)
          .as("networknt's messages for a document found failing: " + what)
          .isNotEmpty();
    }
    return verdict;
  }

  static List<Path> yamlFiles(Path... roots) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  static JsonNode read(Path file) throws IOException {
    LoadResult loaded = new YamlReader().read(file, file.getFileName().toString());
    return loaded.source().map(s -> s.root()).orElse(null);
  }

  @Test
  void everySampleAndGoldenFileGetsNetworkntsVerdict() throws IOException {
    int conforming = 0;
    int failing = 0;
    List<String> refused = new ArrayList<>();
    for (Path file : yamlFiles(TestSupport.samples(), TestSupport.golden())) {
      JsonNode document = read(file);
      if (document == null) {
        continue;
      }
      Verdict verdict = agrees(document, file.toString());
      switch (verdict) {
        case CONFORMS -> conforming++;
        case FAILS -> failing++;
        case REFUSED -> refused.add(file.toString());
      }
    }
    assertThat(refused).as("files the evaluator refused").isEmpty();
    assertThat(conforming).as("conforming files").isGreaterThan(20);
    assertThat(failing).as("failing files").isGreaterThan(20);
  }

  @Test
  void everyValidSampleConformsAndEverySchemaSampleFails() throws IOException {
    List<String> names = TestSupport.folders(TestSupport.samples());
    for (String name : names) {
      Path file = TestSupport.samples().resolve(name).resolve("aigonix.yaml");
      JsonNode document = Files.exists(file) ? read(file) : null;
      if (document == null) {
        continue;
      }
      boolean networkntSilent = NETWORKNT.networkntMessages(document).isEmpty();
      assertThat(CHECK.check(document))
          .as(name)
          .isEqualTo(networkntSilent ? Verdict.CONFORMS : Verdict.FAILS);
      if (!name.startsWith("invalid-")) {
        assertThat(networkntSilent).as(name + " matches the schema").isTrue();
      }
    }
    assertThat(
            names.stream()
                .filter(n -> n.startsWith("invalid-schema") || n.equals("invalid-missing-property"))
                .collect(Collectors.toList()))
        .isNotEmpty();
  }
}
