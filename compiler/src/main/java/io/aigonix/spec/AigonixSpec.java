package io.aigonix.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The whole aigonix.yaml, bound 1:1 to the schema after it validated. Absent values are null. */
public record AigonixSpec(
    @JsonProperty("$schema") String schema,
    String apiVersion,
    CustomerSpec customer,
    SealingSpec sealing,
    GitopsSpec gitops,
    List<ApplicationSpec> applications) {

  public AigonixSpec {
    applications = applications == null ? List.of() : List.copyOf(applications);
  }
}
