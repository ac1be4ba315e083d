package io.aigonix.spec;

import java.util.List;

/** The whole aigonix.yaml, bound 1:1 to the schema after it validated. Absent values are null. */
public record AigonixSpec(
    String schema,
    String apiVersion,
    CustomerSpec customer,
    SealingSpec sealing,
    GitopsSpec gitops,
    List<ApplicationSpec> applications,
    LintSpec lint) {

  public AigonixSpec {
    applications = applications == null ? List.of() : List.copyOf(applications);
    lint = lint == null ? new LintSpec(null) : lint;
  }
}
