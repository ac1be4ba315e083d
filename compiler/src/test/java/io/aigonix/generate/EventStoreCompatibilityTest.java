package io.aigonix.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.model.Microservice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2.3: from 8.0.0 up to, not including, 9.3.0, compared as major.minor.patch; unparsable tags
 * inside.
 */
class EventStoreCompatibilityTest {

  @Test
  void theRangeIsEightZeroZeroUpToNineThreeZero() {
    for (String inside :
        List.of(
            "8.0.0",
            "8.0.1",
            "8.0.2",
            "8.6.0",
            "8.9.4",
            "9.0.0",
            "9.2.2",
            "9.2.99",
            "8.10.0",
            "9.2.2-alpine",
            "latest",
            "9",
            "9.2",
            "",
            "v8.1.0",
            "99999999999.0.0")) {
      assertThat(EventStoreCompatibility.needed(inside)).as(inside).isTrue();
    }
    for (String outside :
        List.of("6.1.0", "7.8.1", "7.99.99", "9.3.0", "9.3.3", "9.5.0", "10.0.0", "9.3.0-rc.1")) {
      assertThat(EventStoreCompatibility.needed(outside)).as(outside).isFalse();
    }
  }

  @Test
  void theSettingCarriesTheChosenVersion() {
    assertThat(
            EventStoreCompatibility.appsettings(
                new Microservice.Runtime("dolittle/runtime:9.2.2", false, "V6", null)))
        .contains(
            Map.of(
                "dolittle",
                Map.of(
                    "runtime",
                    Map.of(
                        "eventstore", Map.of("backwardscompatibility", Map.of("version", "V6"))))));
    assertThat(
            EventStoreCompatibility.appsettings(
                new Microservice.Runtime("dolittle/runtime:9.3.3", false, "V6", null)))
        .isEmpty();
  }
}
