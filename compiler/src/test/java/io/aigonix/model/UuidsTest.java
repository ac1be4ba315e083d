package io.aigonix.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.spec.CustomerSpec;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {
  @Test
  void matchesTheRfcExample() {
    // RFC 9562 appendix A.4: v5 of "www.example.com" in the DNS namespace.
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertThat(Uuids.v5(dns, "www.example.com")).isEqualTo("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  }

  @Test
  void derivesLowerCaseVersion5Ids() {
    String id = Ids.customer(new CustomerSpec("Acme Corp", null, null));
    assertThat(id)
        .isEqualTo(id.toLowerCase())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(Uuids.derive("customer/acme-corp")).isEqualTo(id);
  }
}
