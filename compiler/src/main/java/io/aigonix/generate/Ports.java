package io.aigonix.generate;

/** Ports of the Dolittle Runtime and MongoDB (reference §3). */
final class Ports {
  static final int RUNTIME = 50052;
  static final int RUNTIME_METRICS = 9700;
  static final int MONGO = 27017;

  private Ports() {}
}
