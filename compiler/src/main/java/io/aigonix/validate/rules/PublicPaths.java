package io.aigonix.validate.rules;

import io.aigonix.validate.Walk;

/** Where the effective public path of a deployment is written: the override when it sets one. */
final class PublicPaths {
  private PublicPaths() {}

  static String pointer(Walk.Deployed d) {
    var o =
        d.ms().spec().environments() == null
            ? null
            : d.ms().spec().environments().get(d.environment());
    if (o != null && o.publicPath() != null && o.publicPath().isPresent()) {
      return d.overridePointer() + "/public/path";
    }
    return d.ms().at("/public/path");
  }
}
