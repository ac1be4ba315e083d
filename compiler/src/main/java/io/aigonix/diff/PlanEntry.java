package io.aigonix.diff;

import java.util.List;

/**
 * One line of the plan, in the words of aigonix.yaml: a scope (application, environment,
 * microservice or GitOps folder), whether it is added, removed or changed, and for changes what
 * changed. Names are the names of aigonix.yaml (label form turned back: {@code Scanner_Gateway} →
 * {@code Scanner Gateway}).
 */
public record PlanEntry(
    String scope,
    String application,
    String environment,
    String microservice,
    Change change,
    List<String> details) {
  public enum Change {
    ADDED,
    REMOVED,
    CHANGED
  }

  public PlanEntry {
    details = List.copyOf(details);
  }

  /** {@code Prod/Orders: head image …; env LOG_LEVEL changed; pods will roll}. */
  public String line() {
    return scope
        + ": "
        + (change == Change.CHANGED ? String.join("; ", details) : change.name().toLowerCase());
  }
}
