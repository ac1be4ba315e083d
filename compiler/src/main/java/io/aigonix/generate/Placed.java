package io.aigonix.generate;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** A generated object and the folder it is written to. */
public record Placed(Folder folder, HasMetadata object) {}
