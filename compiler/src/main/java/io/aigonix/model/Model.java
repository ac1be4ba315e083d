package io.aigonix.model;

import java.util.List;

/**
 * The resolved input: ids derived, defaults applied, overrides merged, event horizons paired.
 * Generators read only this. Records here import neither Jackson nor fabric8.
 */
public record Model(Customer customer, Gitops gitops, List<Application> applications) {
  public Model {
    applications = List.copyOf(applications);
  }

  public record Customer(String name, String id) {}
}
