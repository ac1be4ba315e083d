package io.aigonix.validate.rules;

import io.aigonix.validate.EdgeDeployments;
import io.aigonix.validate.RuleContext;

/**
 * SPEC §9: the external port of an edge deployment (public.port, else head.port) and where it is
 * written.
 */
record EdgePorts(int port, String pointer) {
  private static final int DEFAULT_HEAD_PORT = 80;

  static EdgePorts of(RuleContext ctx, EdgeDeployments.At at) {
    var ms = at.deployed().effective();
    if (ms.publicPath() != null && ms.publicPath().port() != null) {
      return new EdgePorts(ms.publicPath().port(), at.pointer(ctx, "/public/port"));
    }
    if (ms.head() != null && ms.head().port() != null) {
      return new EdgePorts(ms.head().port(), at.pointer(ctx, "/head/port"));
    }
    return new EdgePorts(DEFAULT_HEAD_PORT, at.pointer(ctx, "/head"));
  }
}
