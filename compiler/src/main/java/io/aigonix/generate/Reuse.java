package io.aigonix.generate;

import io.aigonix.layout.Folder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * What the {@link Generators} loop asks before it generates a microservice, or converts an object
 * of a wider scope: whether an earlier compile's objects can stand (a recompile into the same
 * output, {@code render/Recompile}). The loop only asks and reports; the answer is the
 * implementation's, which owns whatever it keeps. The microservice methods are called on the
 * generators' workers, concurrently for different microservices; the shared ones on the caller's
 * thread.
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

      @Override
      public T earlierShared(Folder folder, HasMetadata object) {
        return null;
      }

      @Override
      public void generatedShared(Folder folder, T object) {}
    };
  }

  /** {@code m}'s objects as an earlier compile finished them, or null: generate them. */
  List<T> earlier(MsContext m);

  /** {@code m}'s objects as just generated and finished, in output order. */
  void generated(MsContext m, List<T> objects);

  /**
   * An object of the application, environment or GitOps scope (namespace, registry secret, tenants,
   * network policy, MongoDB, Flux and Argo CD objects: what depends on the model but on none of its
   * microservices) as an earlier compile finished it, or null: convert and finish it.
   */
  T earlierShared(Folder folder, HasMetadata object);

  /** Such an object as just finished. */
  void generatedShared(Folder folder, T object);
}
