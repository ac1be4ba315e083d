package io.aigonix.publish;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a publish retries a compare-and-swap that lost a race: bounded
 * attempts, exponential backoff with jitter so that racing publishers spread out.
 */
public record Retry(int maxAttempts, long baseDelayMillis) {
  public static final Retry DEFAULT = new Retry(8, 25);

  public Retry {
    if (maxAttempts < 1 || baseDelayMillis < 0) {
      throw new IllegalArgumentException("bad retry policy");
    }
  }

  void pause(int attempt) throws PublishException {
    long cap = baseDelayMillis << Math.min(attempt, 6);
    try {
      Thread.sleep(cap == 0 ? 0 : ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("interrupted while retrying");
    }
  }
}
