package io.aigonix.generate;

import java.util.List;

/**
 * What the {@link Generators} loop asks before it generates a microservice: whether an earlier
 * compile's objects of it can stand (a recompile into the same output, {@code render/Recompile}).
 * The loop only asks and reports; the answer is the implementation's, which owns whatever it keeps.
 * Both methods are called on the generators' workers, concurrently for different microservices.
 */
public interface Reuse<T> {
  /** Generates everything (diff, publish, a first compile). */
  static <T> Reuse<T> none() {
    return new Reuse<>() {
      @Override
      public List<T> earlier(MsContext m) {
        return null;
      }

      @Override
      public void generated(MsContext m, List<T> objects) {}
    };
  }

  /** {@code m}'s objects as an earlier compile finished them, or null: generate them. */
  List<T> earlier(MsContext m);

  /** {@code m}'s objects as just generated and finished, in output order. */
  void generated(MsContext m, List<T> objects);
}
