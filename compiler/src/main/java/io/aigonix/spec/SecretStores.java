package io.aigonix.spec;

/**
 * SPEC §8: the secret store of an environment is the application's with the environment's fields
 * over it, field by field. The validator and the model builder both use this, so the store that is
 * checked is the store that is compiled.
 */
public final class SecretStores {
  private SecretStores() {}

  /** The store {@code environment} uses, or null when neither it nor its application names one. */
  public static SecretStoreSpec effective(
      ApplicationSpec application, EnvironmentSpec environment) {
    SecretStoreSpec base = application.secretStore();
    SecretStoreSpec o = environment == null ? null : environment.secretStore();
    if (o == null) {
      return base;
    }
    if (base == null) {
      return o;
    }
    return new SecretStoreSpec(
        pick(o.name(), base.name()),
        pick(o.kind(), base.kind()),
        pick(o.refreshInterval(), base.refreshInterval()),
        pick(o.keyPrefix(), base.keyPrefix()),
        pick(o.rolloutOnRotation(), base.rolloutOnRotation()));
  }

  private static <T> T pick(T override, T base) {
    return override != null ? override : base;
  }
}
