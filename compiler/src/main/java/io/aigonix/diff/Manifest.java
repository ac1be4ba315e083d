package io.aigonix.diff;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One compiled file read back as a Kubernetes object: its kind and name and the aigonix labels that
 * place it (application, environment, microservice — label form, e.g. {@code Scanner_Gateway}; null
 * when absent). {@code root} is null for files that are not YAML objects.
 */
public record Manifest(
    String path,
    String kind,
    String name,
    String application,
    String environment,
    String microservice,
    JsonNode root) {

  public JsonNode at(String pointer) {
    return root == null
        ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
        : root.at(pointer);
  }
}
