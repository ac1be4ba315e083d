package io.aigonix.harden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigonix.publish.Scrubber;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 7: secrets of any length are hidden, short ones as whole tokens so output stays
 * readable.
 */
class ScrubberTest {
  @Test
  void secretsOfAnyLengthAreHidden() {
    assertThat(Scrubber.scrub("auth failed for pw: x", List.of("x")))
        .isEqualTo("auth failed for pw: ***");
    assertThat(Scrubber.scrub("token ab rejected", List.of("ab"))).isEqualTo("token *** rejected");
    assertThat(Scrubber.scrub("'a@b' is wrong", List.of("a@b"))).isEqualTo("'***' is wrong");
    assertThat(Scrubber.scrub("HTTP 401 for tok123tok", List.of("tok123")))
        .isEqualTo("HTTP 401 for ***tok");
  }

  @Test
  void shortSecretsInsideWordsLeaveTheTextAlone() {
    assertThat(Scrubber.scrub("HTTP 401: 1 object, tabs", List.of("1", "ab")))
        .isEqualTo("HTTP 401: *** object, tabs");
    assertThat(Scrubber.scrub("nothing here", List.of(""))).isEqualTo("nothing here");
  }

  @Test
  void urlUserInfoIsHiddenUpToTheLastAt() {
    assertThat(Scrubber.scrubUrls("push to https://u:p@ss/w@host/x failed"))
        .isEqualTo("push to https://***@host/x failed");
  }
}
