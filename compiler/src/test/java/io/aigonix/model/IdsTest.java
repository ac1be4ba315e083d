package io.aigonix.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.spec.AigonixSpec;
import io.aigonix.spec.ApplicationSpec;
import io.aigonix.spec.CustomerSpec;
import io.aigonix.spec.MicroserviceSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SPEC §1.3, in the one place compile and seal take ids from; expected values computed with
 * Python's uuid5.
 */
class IdsTest {
  static final ApplicationSpec WEBSHOP =
      new ApplicationSpec("Webshop", null, null, null, null, List.of(), List.of(), null);

  @Test
  void derivedIdsChainCustomerApplicationMicroservice() {
    String customer = Ids.customer(new CustomerSpec("Acme Corp", null, null));
    assertThat(customer).isEqualTo("fbaae2e0-ee45-5bce-85c6-a7b3790aa8f0");
    String application = Ids.application(customer, WEBSHOP);
    assertThat(application).isEqualTo("c9f7e689-ee80-55a8-93e0-8c3dfb247ed4");
    assertThat(Ids.microservice(application, microservice("Scanner Gateway", null)))
        .isEqualTo("a069fdfa-3ed4-51ee-944f-4952c004264e");
  }

  @Test
  void givenIdsAreWrittenLowerCaseAndSeedTheDerivedOnes() {
    String upper = "6D3B7F2E-4A3C-4A53-9C41-0F2F5E4B8A11";
    assertThat(Ids.customer(new CustomerSpec("Acme Corp", upper, null)))
        .isEqualTo(upper.toLowerCase());
    assertThat(Ids.application(upper, WEBSHOP))
        .isEqualTo(Ids.application(upper.toLowerCase(), WEBSHOP));
    assertThat(Ids.microservice("x", microservice("Orders", upper))).isEqualTo(upper.toLowerCase());
  }

  @Test
  void anApplicationOfASpecDerivesItsCustomerOnTheWay() {
    AigonixSpec spec =
        new AigonixSpec(
            null,
            "aigonix/v1",
            new CustomerSpec("Acme Corp", null, null),
            null,
            null,
            List.of(WEBSHOP),
            null);
    assertThat(Ids.application(spec, WEBSHOP)).isEqualTo("c9f7e689-ee80-55a8-93e0-8c3dfb247ed4");
  }

  private static MicroserviceSpec microservice(String name, String id) {
    return new MicroserviceSpec(
        name, null, id, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
