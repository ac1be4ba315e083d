package io.aigonix.generate;

import io.aigonix.model.Model;
import io.aigonix.model.Names;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Labels and annotations of SPEC §2.1 (the Aigonix platform's, reference §1d): "tenant" is the
 * customer. Application-scope objects carry two labels and two annotations, environment-scope
 * objects add {@code environment}, microservice objects add the microservice label and annotations.
 * Selectors use the same labels.
 */
public final class Labels {
  public static final String TENANT_ID = "dolittle.io/tenant-id";
  public static final String APPLICATION_ID = "dolittle.io/application-id";
  public static final String MICROSERVICE_ID = "dolittle.io/microservice-id";
  public static final String MICROSERVICE_KIND = "dolittle.io/microservice-kind";

  private Labels() {}

  /** The customer's part, alone on objects above the applications (Argo CD's app of apps). */
  public static SortedMap<String, String> of(Model model) {
    TreeMap<String, String> labels = new TreeMap<>();
    labels.put("tenant", Names.label(model.customer().name()));
    return labels;
  }

  public static SortedMap<String, String> of(AppContext c) {
    SortedMap<String, String> labels = of(c.model());
    labels.put("application", Names.label(c.app().name()));
    return labels;
  }

  public static SortedMap<String, String> of(EnvContext c) {
    SortedMap<String, String> labels = of(new AppContext(c.model(), c.app()));
    labels.put("environment", Names.label(c.env().name()));
    return labels;
  }

  public static SortedMap<String, String> of(MsContext c) {
    SortedMap<String, String> labels = of(c.environment());
    labels.put("microservice", Names.label(c.ms().name()));
    return labels;
  }

  public static SortedMap<String, String> annotations(Model model) {
    TreeMap<String, String> annotations = new TreeMap<>();
    annotations.put(TENANT_ID, model.customer().id());
    return annotations;
  }

  public static SortedMap<String, String> annotations(AppContext c) {
    SortedMap<String, String> annotations = annotations(c.model());
    annotations.put(APPLICATION_ID, c.app().id());
    return annotations;
  }

  public static SortedMap<String, String> annotations(EnvContext c) {
    return annotations(new AppContext(c.model(), c.app()));
  }

  public static SortedMap<String, String> annotations(MsContext c) {
    SortedMap<String, String> annotations = annotations(c.environment());
    annotations.put(MICROSERVICE_ID, c.ms().id());
    annotations.put(MICROSERVICE_KIND, "simple");
    return annotations;
  }
}
