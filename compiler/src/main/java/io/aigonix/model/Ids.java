package io.aigonix.model;

import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.ApplicationSpec;
import io.aigonix.spec.CustomerSpec;
import io.aigonix.spec.MicroserviceSpec;
import java.util.Locale;

/**
 * The ids of the customer, applications and microservices (SPEC §1.3): the id the file gives,
 * written lower-case, else the UUIDv5 ({@link Uuids#derive}) of {@code customer/<customer>}, {@code
 * application/<customer id>/<application>} or {@code microservice/<application id>/<microservice>},
 * each name in its object form. The model builder and {@code seal} both ask here, so the namespace
 * a value is sealed for is the namespace compile writes.
 */
public final class Ids {
  private Ids() {}

  public static String customer(CustomerSpec customer) {
    return id(customer.id(), "customer/" + Names.object(customer.name()));
  }

  public static String application(String customerId, ApplicationSpec application) {
    return id(
        application.id(),
        "application/" + lower(customerId) + "/" + Names.object(application.name()));
  }

  /** The id of one application of {@code spec}, its customer's id derived on the way. */
  public static String application(AigonixSpec spec, ApplicationSpec application) {
    return application(customer(spec.customer()), application);
  }

  public static String microservice(String applicationId, MicroserviceSpec microservice) {
    return id(
        microservice.id(),
        "microservice/" + lower(applicationId) + "/" + Names.object(microservice.name()));
  }

  private static String id(String given, String seed) {
    return given != null ? lower(given) : Uuids.derive(seed);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
