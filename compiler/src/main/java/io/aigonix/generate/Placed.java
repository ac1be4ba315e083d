package io.aigonix.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigonix.layout.Folder;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * A generated object, its canonical tree ({@link Canonical#tree}) and the folder it is written to.
 * The tree is built once, when the object is placed: the config checksum and the YAML writer both
 * read it.
 */
public record Placed(Folder folder, HasMetadata object, JsonNode tree) {}
