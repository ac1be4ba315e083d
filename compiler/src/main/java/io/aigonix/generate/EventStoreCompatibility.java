package io.aigonix.generate;

import io.aigonix.model.Microservice;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPEC §2.3: Runtime versions from 8.0.0 up to, not including, 9.3.0 need the event store's
 * backwards-compatibility version in {@code appsettings.json}: without it 8.0.0-8.0.1 fail every
 * event-store call and 8.0.2-9.2.2 crash at start-up; 9.3.0 removed the check (reference {@code
 * aigonix-platform.md} §7, from the Runtime's {@code Source/Server/Program.cs} and CHANGELOG).
 * Versions compare as major.minor.patch (a {@code -pre} or {@code +build} suffix is ignored); a tag
 * that does not parse ({@code latest}, {@code 9}, none) counts as inside, because the setting is
 * harmless where it is not needed and fatal where it is missing.
 */
final class EventStoreCompatibility {
  private static final Pattern VERSION =
      Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})(?:[-+].*)?");
  private static final int[] FROM = {8, 0, 0};
  private static final int[] UNTIL = {9, 3, 0};

  private EventStoreCompatibility() {}

  /** The setting to merge over {@code appsettings.json}, when the runtime needs it. */
  static Optional<Map<String, Object>> appsettings(Microservice.Runtime runtime) {
    if (!needed(runtime.version())) {
      return Optional.empty();
    }
    return Optional.of(
        Map.of(
            "dolittle",
            Map.of(
                "runtime",
                Map.of(
                    "eventstore",
                    Map.of(
                        "backwardscompatibility",
                        Map.of("version", runtime.eventStoreCompatibility()))))));
  }

  static boolean needed(String tag) {
    Matcher m = VERSION.matcher(tag);
    if (!m.matches()) {
      return true;
    }
    int[] v = {
      Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))
    };
    return compare(v, FROM) >= 0 && compare(v, UNTIL) < 0;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
